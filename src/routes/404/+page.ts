// Prerendered as build/404.html (not 404/index.html): the file GitHub Pages
// sends for any missing address, and the one nginx/Apache are told to send
// (docs/despliegue.md).
export const trailingSlash = 'never';
