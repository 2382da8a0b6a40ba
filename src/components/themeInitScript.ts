/**
 * The inline script that applies a stored theme before first paint (a deferred module would flash the wrong theme).
 * Its SHA-256 hash is added to the CSP in astro.config.mjs, so it must stay byte-identical where it is inlined.
 */
export const themeInitScript =
  'try{var t=localStorage.getItem("theme");if(t==="light"||t==="dark")document.documentElement.setAttribute("data-theme",t)}catch(e){}';
