// Highlights the table-of-contents entry of the section the reader is in. Without JavaScript the TOC still works.
(function () {
    "use strict";
    var toc = document.getElementById("report-toc");
    if (!toc || !("IntersectionObserver" in window)) return;
    var links = {};
    toc.querySelectorAll("a[href^='#']").forEach(function (a) { links[decodeURIComponent(a.getAttribute("href").slice(1))] = a; });
    var headings = Array.prototype.filter.call(document.querySelectorAll(".report-text [id]"), function (h) { return links[h.id]; });
    if (headings.length === 0) return;
    var current = null;
    function mark(id) {
        if (current === id) return;
        if (current && links[current]) { links[current].classList.remove("is-current"); links[current].removeAttribute("aria-current"); }
        current = id;
        if (id && links[id]) { links[id].classList.add("is-current"); links[id].setAttribute("aria-current", "location"); }
    }
    function update() {
        var passed = null;
        for (var i = 0; i < headings.length; i++) {
            if (headings[i].getBoundingClientRect().top <= 80) passed = headings[i].id; else break;
        }
        mark(passed || headings[0].id);
    }
    var observer = new IntersectionObserver(update, { rootMargin: "0px 0px -60% 0px" });
    headings.forEach(function (h) { observer.observe(h); });
    window.addEventListener("scroll", update, { passive: true });
    update();
}());
