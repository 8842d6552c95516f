// What a host page built with Lit has done before the widgets load: created
// the `lit-html` policy. The widgets' bundle then creates it a second time.
window.trustedTypes.createPolicy('lit-html', {createHTML: (html) => html});
