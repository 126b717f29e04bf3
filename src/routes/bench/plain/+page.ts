// The benchmark generates its SYNTHETIC data in the browser; rendering it on the server too would only double the work.
export const ssr = false;
