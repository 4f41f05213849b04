// Pairwise precision and recall of a clustering against the truth: of the pairs of items put in
// one cluster, how many belong together (precision); of the pairs that belong together, how many
// were put in one cluster (recall). Counted from the contingency table, so linear in the items.

export interface ClusteredItem {
  truth: string;
  /** the cluster the system put the item in; null when the system lost the item */
  predicted: string | null;
}

export interface PairwiseScore {
  items: number;
  /** items the system lost (no node found): each counts as a cluster of its own */
  lost: number;
  truePairs: number;
  predictedPairs: number;
  correctPairs: number;
  /** 1 when the system put no two items together (nothing it merged was wrong) */
  precision: number;
  recall: number;
}

const pairs = (n: number) => (n * (n - 1)) / 2;

function countBy(keys: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return counts;
}

const sumPairs = (counts: Map<string, number>) => [...counts.values()].reduce((sum, n) => sum + pairs(n), 0);

export function pairwise(items: ClusteredItem[]): PairwiseScore {
  const found = items.filter((item) => item.predicted != null);
  const truePairs = sumPairs(countBy(items.map((i) => i.truth)));
  const predictedPairs = sumPairs(countBy(found.map((i) => i.predicted!)));
  const correctPairs = sumPairs(countBy(found.map((i) => `${i.truth}\u0000${i.predicted}`)));
  return {
    items: items.length,
    lost: items.length - found.length,
    truePairs,
    predictedPairs,
    correctPairs,
    precision: predictedPairs ? correctPairs / predictedPairs : 1,
    recall: truePairs ? correctPairs / truePairs : 1,
  };
}
