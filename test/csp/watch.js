// First script of the strict-CSP page (a classic script, before the bundle):
// records every policy violation and every error the page would see.
// With ?sanitizer=dompurify it stands for a browser without the Sanitizer
// API, where the widgets load DOMPurify instead.
if (new URLSearchParams(location.search).get('sanitizer') === 'dompurify') {
  delete Element.prototype.setHTML;
}
window.cspViolations = [];
window.pageErrors = [];
document.addEventListener('securitypolicyviolation', (e) => {
  window.cspViolations.push({
    directive: e.violatedDirective,
    blocked: e.blockedURI,
    sample: e.sample,
    source: e.sourceFile ? `${e.sourceFile}:${e.lineNumber}:${e.columnNumber}` : '',
  });
});
addEventListener('error', (e) => window.pageErrors.push(`error: ${e.message}`));
addEventListener('unhandledrejection', (e) => window.pageErrors.push(`unhandled rejection: ${e.reason}`));
// Widgets log their own render failures rather than throw: those count too.
const consoleError = console.error.bind(console);
console.error = (...args) => {
  window.pageErrors.push(`console.error: ${args.map(String).join(' ')}`);
  consoleError(...args);
};
