// Puppeteer (Firefox ESR over WebDriver BiDi in the tests) drives Debian's browsers: it must not
// download a Chrome of its own on `npm ci`.
module.exports = { skipDownload: true };
