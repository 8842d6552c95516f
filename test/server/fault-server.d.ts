/** The virtual module served by faultServerPlugin: the fault server's origin. */
declare module '*/__fault-server.js' {
  export const faultServerUrl: string;
}
