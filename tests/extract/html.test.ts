import { describe, it, expect } from 'vitest';
import { htmlToArticle } from '../../src/extract/html.js';

const PAGE = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Oman hosts Gulf envoys for Yemen talks | Gulf Daily Wire</title>
  <meta property="og:title" content="Oman hosts Gulf envoys for Yemen talks">
  <meta property="og:site_name" content="Gulf Daily Wire">
  <meta property="og:url" content="https://gulfdailywire.example/politics/2024/03/oman-hosts-envoys">
  <link rel="canonical" href="/politics/oman-hosts-envoys-canonical">
  <meta property="article:published_time" content="2024-03-12T23:40:00+04:00">
  <script>window.dataLayer = [{ page: 'article', secret: 'tracking code' }];</script>
  <script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Oman hosts Gulf envoys for Yemen talks","datePublished":"2024-03-12T23:40:00+04:00","publisher":{"@type":"Organization","name":"Gulf Daily Wire"}}</script>
  <style>.nav { color: red }</style>
</head>
<body>
  <header><nav><ul><li><a href="/">Home</a></li><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
  <main>
    <article>
      <h1>Oman hosts Gulf envoys for Yemen talks</h1>
      <p class="byline">By Staff Reporter</p>
      <p>MUSCAT, March 12 – Omani Foreign Minister Badr Albusaidi received the Saudi and Emirati envoys for Yemen on Tuesday for a round of talks on extending the truce, the foreign ministry said in a statement.</p>
      <p>The envoys discussed prisoner exchanges, the reopening of roads around Taiz and the payment of public sector salaries, according to the statement, which described the meeting as constructive and forward-looking.</p>
      <p>Albusaidi told reporters after the meeting that Oman would continue to facilitate dialogue between all parties, and that a further round was expected in Riyadh later this month.</p>
      <p>Diplomats said the talks were the most substantive since the truce lapsed, although no agreement on a new roadmap had yet been reached by the parties involved.</p>
    </article>
    <aside><h3>Most read</h3><ul><li><a href="/a">Oil prices rise</a></li><li><a href="/b">Football results</a></li></ul></aside>
  </main>
  <footer><p>© 2024 Gulf Daily Wire. All rights reserved.</p><p>Contact us | Privacy policy</p></footer>
  <script>trackPageView();</script>
</body>
</html>`;

describe('htmlToArticle', () => {
  const article = htmlToArticle(PAGE, 'https://gulfdailywire.example/p?id=42');

  it('keeps the article paragraphs, separated by blank lines', () => {
    const paragraphs = article.text.split('\n\n');
    expect(paragraphs.some((p) => p.startsWith('MUSCAT, March 12 – Omani Foreign Minister Badr Albusaidi'))).toBe(true);
    expect(paragraphs.some((p) => p.startsWith('Diplomats said the talks were the most substantive'))).toBe(true);
    expect(article.text).not.toMatch(/\n{3,}/);
  });

  it('drops scripts, navigation, asides and footers', () => {
    expect(article.text).not.toMatch(/tracking code|trackPageView|color: red/);
    expect(article.text).not.toMatch(/\bSport\b|Football results|Oil prices rise/);
    expect(article.text).not.toMatch(/All rights reserved|Privacy policy/);
  });

  it('reads the metadata from the meta tags', () => {
    expect(article.title).toBe('Oman hosts Gulf envoys for Yemen talks');
    expect(article.publisher).toBe('Gulf Daily Wire');
    expect(article.publishedAt).toBe('2024-03-12');
    expect(article.url).toBe('https://gulfdailywire.example/politics/2024/03/oman-hosts-envoys');
  });

  it('falls back to the canonical link, a <time> element and the given url', () => {
    const bare = PAGE.replace(/<meta property="(og:url|article:published_time|og:site_name)"[^>]*>/g, '')
      .replace(/<script type="application\/ld\+json">.*?<\/script>/s, '')
      .replace('<p class="byline">', '<p class="byline"><time datetime="2024-03-11">11 March</time> ');
    const withCanonical = htmlToArticle(bare, 'https://gulfdailywire.example/p?id=42');
    expect(withCanonical.url).toBe('https://gulfdailywire.example/politics/oman-hosts-envoys-canonical');
    expect(withCanonical.publishedAt).toBe('2024-03-11');
    expect(withCanonical.publisher).toBeNull();

    const noLinks = htmlToArticle(bare.replace(/<link rel="canonical"[^>]*>/, ''), 'https://example.org/x');
    expect(noLinks.url).toBe('https://example.org/x');
  });

  it('reads JSON-LD nested in @graph and paragraphs separated by <br>', () => {
    const page = `<html><head><title>Talks in Doha - Example News</title>
      <script type="application/ld+json">[{"@context":"https://schema.org","@graph":[{"@type":"WebPage","name":"Home"},
        {"@type":["NewsArticle"],"headline":"Talks in Doha","datePublished":"Tue, 12 Mar 2024 10:00:00 GMT",
         "publisher":{"@type":"Organization","name":"Example News"}}]}]</script>
      <script type="application/ld+json">{ not json </script></head>
      <body><div class="content">KABUL: The envoy met the minister on Tuesday to discuss the border and trade routes between the two countries in detail.<br><br>
      He said the talks had been useful and that a second round would follow in Islamabad next month, officials said.<br><br>
      Both sides agreed to form working groups on transit, energy and refugees, according to a statement released afterwards.</div></body></html>`;
    const article = htmlToArticle(page);
    expect(article).toMatchObject({ title: 'Talks in Doha', publisher: 'Example News', publishedAt: '2024-03-12', url: null });
    expect(article.text.split('\n\n')).toHaveLength(3);
  });

  it('throws a clear error when the page has no readable article', () => {
    expect(() => htmlToArticle('<html><head><title>Login</title></head><body><nav>Home</nav></body></html>')).toThrow(
      /no readable article/,
    );
  });
});
