// Bootstrap trimmed to what the portal's pages, scripts and C# (classes chosen in code, e.g. status badges) name.
const root = `${__dirname}/../..`;
module.exports = {
  content: [
    `${root}/src/CongressPortal.Web/Pages/**/*.cshtml`,
    `${root}/src/CongressPortal.Web/**/*.cs`,
    `${root}/src/CongressPortal.Web/wwwroot/js/**/*.js`,
  ],
  css: [`${root}/src/CongressPortal.Web/wwwroot/lib/bootstrap/bootstrap.min.css`],
  // Custom properties all stay: site.css and the components read them (4 KB more than trimming them).
  variables: false,
  safelist: {
    // Classes Bootstrap's own script adds (collapse, dropdown, alerts) and padding chosen by outline level (ps-@level).
    standard: [/^(show|showing|hiding|collapsing|collapse|fade|active|disabled|dropdown-menu-end|was-validated|is-invalid|is-valid)$/, /^ps-[0-5]$/],
    deep: [/^navbar-expand/],
  },
  extractors: [{
    // Razor and C# tokens: class names are words joined by hyphens (col-md-6, text-bg-success).
    extractor: (content) => content.match(/[A-Za-z0-9_:-]+/g) || [],
    extensions: ['cshtml', 'cs', 'js'],
  }],
};
