// The client side of HtmlService as the sidebar pages use it (google.script.run); @types/google-apps-script
// covers only the server. https://developers.google.com/apps-script/guides/html/reference/run
declare namespace google.script {
  interface Runner {
    withSuccessHandler<T>(handler: (value: T) => void): Runner;
    withFailureHandler(handler: (error: Error) => void): Runner;
    [name: string]: (...args: unknown[]) => unknown;
  }
  const run: Runner;
  const host: { close(): void };
}
