// Every page is static HTML: fast on a phone, readable without JavaScript.
export const prerender = true;
// Every page is a folder with an index.html (/meta/6/ -> meta/6/index.html),
// beside its __data.json: what a plain static server (nginx, Apache, GitHub
// Pages, python -m http.server) serves for /meta/6/, after redirecting
// /meta/6 there. With 'never', /meta/6 hit the folder, not meta/6.html.
export const trailingSlash = 'always';
