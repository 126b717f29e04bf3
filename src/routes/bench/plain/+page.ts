// A MapLibre page: nothing to render on the server.
export const ssr = false;
