// Every page is static HTML: fast on a phone, readable without JavaScript.
export const prerender = true;
export const trailingSlash = 'never';
