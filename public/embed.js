/* Sizes our chart iframes to their content: messages from this script's origin only (Datawrapper
   or AMP format), matched to the iframe that sent them. */
(function (w, d) {
  "use strict";
  var s = d.currentScript;
  if (!s || w.azLandminesEmbed) return;
  w.azLandminesEmbed = 1;
  var origin = new URL(s.src).origin,
    f = d.getElementsByTagName("iframe"),
    i;
  w.addEventListener("message", function (e) {
    var m = e.data,
      h,
      k;
    if (e.origin !== origin || !m) return;
    if (m.sentinel == "amp" && m.type == "embed-size") h = m.height;
    else for (k in m["datawrapper-height"]) h = m["datawrapper-height"][k];
    h = Math.ceil(h);
    // No embed gets taller.
    if (h > 0 && h <= 15e3)
      for (i = 0; i < f.length; i++)
        if (f[i].contentWindow === e.source) f[i].style.height = h + "px";
  });
  // Frames loaded before this script report again.
  for (i = 0; i < f.length; i++) f[i].contentWindow.postMessage("azl:height?", origin);
})(window, document);
