import { parseHtml } from "../../../ingest/read/parse-html.ts";

const page = `<!doctype html><html><head><title>Site | Envoys meet in Geneva</title>
<meta property="article:published_time" content="2024-03-05T10:00:00Z"><link rel="canonical" href="https://news.example/envoys">
<style>.x{color:red}</style><script>window.evil = 1;</script></head>
<body><nav><a href="/">Home</a><a href="/world">World</a></nav>
<div class="cookie-banner">We use cookies. Accept?</div>
<article><h1>Envoys meet in Geneva</h1><p>The envoys met on Monday &amp; agreed to talk again.</p>
<p>A slogan read &lt;script&gt;alert(1)&lt;/script&gt; on a banner.</p></article>
<footer>© News Example</footer></body></html>`;

describe("parseHtml", () => {
  const parsed = parseHtml(page);
  test("keeps the article's paragraphs as lines, with entities decoded", () => {
    expect(parsed.text.split("\n")).toEqual(["Envoys meet in Geneva", "The envoys met on Monday & agreed to talk again.", "A slogan read <script>alert(1)</script> on a banner."]);
  });
  test("drops scripts, styles, navigation, cookie banners and footers", () => {
    expect(parsed.text).not.toMatch(/evil|color:red|Home|cookies|©/);
  });
  test("reads title, date and canonical URL from the page's metadata", () => {
    expect(parsed.title).toBe("Envoys meet in Geneva");
    expect(parsed.date).toBe("2024-03-05");
    expect(parsed.url).toBe("https://news.example/envoys");
  });
});
