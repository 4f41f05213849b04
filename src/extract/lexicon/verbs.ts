/** Verbs that report a public utterance ("said", "tweeted", "praised", "called for"). */
export const SPEECH_VERBS: readonly string[] = [
  'said', 'says', 'say', 'told', 'tells', 'added', 'adds', 'stated', 'stressed', 'stresses', 'emphasi[sz]ed', 'underlined',
  'underscored', 'noted', 'argued', 'argues', 'warned', 'warns', 'announced', 'announces', 'tweeted', 'wrote', 'writes',
  'posted', 'praised', 'praises', 'critici[sz]ed', 'criticises', 'accused', 'accuses', 'described', 'describes',
  'explained', 'assured', 'urged', 'urges', 'called for', 'voiced', 'expressed', 'insisted', 'credited', 'thanked',
  'confirmed', 'denied', 'denies', 'claimed', 'pledged', 'reiterated', 'reaffirmed', 'highlighted', 'pointed out',
  'congratulated', 'condemned', 'reports', 'reported', 'declared', 'commended', 'asserted', 'remarked', 'acknowledged', 'complained',
  'recalled', 'predicted', 'saying', 'demanded', 'demands', 'briefed', 'informed', 'informs', 'rejected', 'insists', 'reiterates',
  'suggested', 'appealed', 'appreciated', 'conveyed', 'vowed', 'vows', 'promised', 'hailed', 'lauded', 'slammed', 'blamed',
  'dismissed', 'admitted', 'revealed', 'affirmed', 'responded', 'replied', 'pressed for', 'pushed for', 'cited',
  'agreed(?= that\\b)', 'raised (?:[\\w\\x27\\u2019-]+ ){0,3}?(?:concerns?|the issue|the matter|the question)', 'made (?:it )?clear', 'denounced', 'denounces', 'decried', 'deplored', 'lambasted', 'protested', 'disclosed', 'cautioned', 'cautions', 'proposed that',
  // after a comma, the clause's subject speaks: "X hit back, accusing Y of …"
  // "X had asked him to convey her gratitude": words sent through a messenger
  '(?:asked|instructed|told|urged|requested) (?:him|her|them|me|us|⟨[PX]\\d+⟩)(?:,? (?:on )?⟨T\\d+⟩,?)?(?:,[^,]{0,60},)? to (?:convey|pass on|relay|deliver|reaffirm|reiterate|transmit|express)',
  'accusing', 'warning', 'urging', 'insisting', 'calling for', 'stressing', 'noting', 'adding', 'issued (?:a|an) (?:joint )?(?:statement|communiqu[eé]|declaration)',
];
