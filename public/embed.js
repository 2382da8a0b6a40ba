/* Azerbaijan's landmines: sizes our chart iframes to their content. Uses only messages from this
   script's origin (Datawrapper {"datawrapper-height":{id:h}} or AMP embed-size), applied to the
   iframe that sent them; any number of charts per page. */
(function (w, d) {
  "use strict";
  var s = d.currentScript;
  if (!s || w.azLandminesEmbed) return;
  w.azLandminesEmbed = 1;
  var origin = new URL(s.src).origin;
  w.addEventListener("message", function (e) {
    var m = e.data,
      h,
      k,
      f,
      i;
    if (e.origin !== origin || !m) return;
    if (m.sentinel == "amp" && m.type == "embed-size") h = m.height;
    else for (k in m["datawrapper-height"]) h = m["datawrapper-height"][k];
    h = Math.ceil(h);
    if (!(h > 0 && h < 1e5)) return;
    f = d.getElementsByTagName("iframe");
    for (i = 0; i < f.length; i++)
      if (f[i].contentWindow === e.source) f[i].style.height = h + "px";
  });
})(window, document);
