/** The virtual module served by faultServerPlugin: the fault server's origin. */
declare module '*/__fault-server.js' {
  export const faultServerUrl: string;
}

/** The virtual module served by etagServerPlugin: the caching feed server's origin. */
declare module '*/__etag-server.js' {
  export const etagServerUrl: string;
}
