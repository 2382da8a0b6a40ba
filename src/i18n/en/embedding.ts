/** English text of the /embedding/ help page: how to put a chart on another site, and what the project tests. */
export const embedding = {
  title: "Embedding these charts",
  description:
    "How to embed the site's charts in a plain HTML page, WordPress, Ghost, a pym.js template or a Google AMP page, what happens where scripts are removed, and which of these the project tests.",
  intro:
    "Every chart page has an embed code under “Embed”: an iframe that shows the chart, then a small script that sizes the iframe to the chart's content. The embed makes no request to any other site and sets no cookies.",
  example: (title: string) =>
    `The examples below use the chart “${title}”. For another chart, copy the code from its chart page, or use its embed address from the list at the end of this page.`,
  plain: {
    heading: "A plain HTML page",
    paragraphs: [
      "Paste the embed code where the chart should appear. The script, /embed.js, sizes every iframe of this site on the page, on messages from this site only; pasted twice, it runs once.",
    ],
  },
  wordpress: {
    heading: "WordPress",
    paragraphs: [
      "In the block editor, add a Custom HTML block and paste the embed code. WordPress keeps it as written for users allowed to post unfiltered HTML (on most single sites, administrators and editors).",
      "Where the site accepts embeds from sites it does not know in advance (oEmbed discovery), paste the chart page's address instead, on its own line or in an Embed block. WordPress finds the chart's oEmbed response through the oEmbed link in the chart page's head and inserts its iframe. It removes the script from such responses, so the chart keeps the fixed height described below.",
    ],
  },
  ghost: {
    heading: "Ghost",
    paragraphs: [
      "In the editor, add an HTML card and paste the embed code. Ghost publishes the card as written, script included, so the chart is sized as on a plain page.",
    ],
  },
  pym: {
    heading: "A pym.js template",
    paragraphs: [
      "Newsroom templates built on NPR's pym.js can embed a chart with pym.Parent, as they embed their own graphics. The template loads pym.js; the embed page does not. It answers in pym.js's own messages: it sends its height when it loads, when its content changes size and whenever the parent sends a new width.",
      "The container's id must start with a letter and contain only letters, digits, _, :, . and -, at most 64 characters. The embed does not answer a parent that uses any other id, and the iframe keeps pym.js's default height of 150 pixels. Of what pym.js sends, the embed reads only the width; it ignores the parent page's title and address and sends no scroll or navigation messages.",
      "A page may embed some charts with pym.js and others with this site's embed code: both are sized.",
    ],
  },
  amp: {
    heading: "Google AMP",
    head: "AMP pages embed other sites with amp-iframe. Load its script in the page's head:",
    body: "Then add the chart, resizable, with an overflow element:",
    paragraphs: [
      "The embed sends AMP's embed-size message with its height. AMP resizes the iframe when that does not move what the reader is looking at; otherwise it shows the overflow button, which resizes the iframe when pressed. AMP requires the embed to be served over HTTPS from another origin than the AMP page, and does not allow an amp-iframe near the top of the page (within the first 600 pixels or the first 75% of the screen).",
    ],
    overflow: "Show the whole chart",
  },
  noScript: {
    heading: "Where scripts are removed",
    paragraphs: (allowance: string, height: string) => [
      "Some CMSs and platforms remove script elements from posts, and some keep only the iframe. The iframe still shows the chart, at the height written in its height attribute: the height of the chart's tallest layout plus " +
        `${allowance} pixels for the title, notes, source line and links (${height} pixels for the example chart). ` +
        "That height does not follow the content: there may be empty space below the chart, and on a narrow screen, where the text wraps onto more lines, the iframe may scroll.",
    ],
    iframe: "The iframe alone:",
  },
  list: {
    heading: "Every chart's embed address",
    intro:
      "The address to use in an iframe, in pym.js or in AMP, and the iframe's height where scripts are removed.",
    height: (pixels: string) => `${pixels} pixels without script`,
  },
  tests: {
    heading: "What this project tests",
    intro:
      "The project's browser tests open a host page served from another origin than the charts in Chromium and check, at a phone's width and a desktop's, that each iframe grows to its content with no scrollbar inside. They cover:",
    tested: [
      "a plain HTML page with the embed code and this site's script, also under a host Content Security Policy that blocks inline styles;",
      "the Datawrapper and AMP height messages the embed sends, read on the host page in their formats (neither Datawrapper's script nor the AMP runtime is run);",
      "pym.js, as published on npm, with pym.Parent: iframes sized when they load and when the window is resized, also next to this site's script on the same page; a malformed container id is never echoed back.",
    ],
    oembed:
      "Another test finds each chart's oEmbed response from its chart page's address, the way a CMS discovers it.",
    untested:
      "WordPress, Ghost and the AMP runtime themselves are not tested; the advice for them follows their documentation.",
  },
} as const;
