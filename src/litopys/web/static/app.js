// litopys web UI: event cards on the article page, the zoomable timeline and the actor charts.
// Data comes from JSON blocks the server embeds; text is only ever set with textContent, never
// parsed as HTML, because it comes from untrusted articles.
"use strict";

(function () {
  const SVG_NS = "http://www.w3.org/2000/svg";
  const DAY = 86400000;
  const QUAD_ORDER = ["verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict"];

  function readJson(id, fallback) {
    const node = document.getElementById(id);
    if (!node) return fallback;
    try {
      return JSON.parse(node.textContent);
    } catch (error) {
      return fallback;
    }
  }

  const messages = readJson("i18n", {});
  const t = (key) => messages[key] || key;

  function svgEl(name, attrs, parent) {
    const el = document.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attrs || {})) el.setAttribute(key, String(value));
    if (parent) parent.appendChild(el);
    return el;
  }

  function svgText(parent, x, y, text, attrs) {
    const el = svgEl("text", Object.assign({ x: x, y: y }, attrs || {}), parent);
    el.textContent = text;
    return el;
  }

  // ISO date (YYYY, YYYY-MM or YYYY-MM-DD) to a UTC timestamp; anything else is not drawable.
  function parseDate(value) {
    const match = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(value || "");
    if (!match) return null;
    return Date.UTC(Number(match[1]), match[2] ? Number(match[2]) - 1 : 0, match[3] ? Number(match[3]) : 1);
  }

  function isoDay(time) {
    return new Date(time).toISOString().slice(0, 10);
  }

  // Tick marks for a time range: days, weeks, months, quarters or years, about one per 110px.
  function timeTicks(from, to, width) {
    const wanted = Math.max(2, Math.floor(width / 110));
    const span = to - from;
    const ticks = [];
    const start = new Date(from);
    if (span / DAY <= wanted * 7) {
      const step = span / DAY <= wanted ? 1 : 7;
      let time = Date.UTC(start.getUTCFullYear(), start.getUTCMonth(), start.getUTCDate());
      for (; time <= to; time += step * DAY) if (time >= from) ticks.push([time, isoDay(time)]);
      return ticks;
    }
    const months = span / (30.4 * DAY);
    const monthStep = [1, 3, 6, 12, 24, 60, 120].find((m) => months / m <= wanted) || 120;
    let year = start.getUTCFullYear();
    let month = monthStep >= 12 ? 0 : Math.floor(start.getUTCMonth() / monthStep) * monthStep;
    if (monthStep > 12) year -= year % (monthStep / 12);
    for (;;) {
      const time = Date.UTC(year, month, 1);
      if (time > to) break;
      if (time >= from) ticks.push([time, monthStep >= 12 ? String(year) : isoDay(time).slice(0, 7)]);
      month += monthStep;
      year += Math.floor(month / 12);
      month %= 12;
    }
    return ticks;
  }

  // ---- article page: the coded event behind each highlighted trigger ----
  function setUpArticle() {
    let open = null;
    let pinned = false;
    function card(index) {
      return document.getElementById("event-card-" + index);
    }
    function show(anchor, index, pin) {
      const target = card(index);
      if (!target) return;
      if (open && open !== target) open.hidden = true;
      const box = anchor.getBoundingClientRect();
      target.hidden = false;
      const width = target.offsetWidth;
      const left = Math.min(window.scrollX + box.left, window.scrollX + document.documentElement.clientWidth - width - 12);
      target.style.left = Math.max(8, left) + "px";
      target.style.top = window.scrollY + box.bottom + 8 + "px";
      open = target;
      pinned = pin;
    }
    function hide() {
      if (open) open.hidden = true;
      open = null;
      pinned = false;
    }
    const triggers = document.querySelectorAll("mark.trigger[data-event]");
    triggers.forEach((mark) => {
      mark.addEventListener("mouseenter", () => { if (!pinned) show(mark, mark.dataset.event, false); });
      mark.addEventListener("mouseleave", () => { if (!pinned) hide(); });
      mark.addEventListener("focus", () => show(mark, mark.dataset.event, false));
      mark.addEventListener("click", (event) => { event.stopPropagation(); show(mark, mark.dataset.event, true); });
    });
    document.querySelectorAll("a.event-link[data-event]").forEach((link) => {
      link.addEventListener("click", (event) => {
        const mark = document.getElementById("trigger-" + link.dataset.event);
        if (!mark) return;
        event.preventDefault();
        event.stopPropagation();
        document.querySelectorAll("mark.trigger.selected").forEach((m) => m.classList.remove("selected"));
        mark.classList.add("selected");
        mark.scrollIntoView({ block: "center" });
        show(mark, link.dataset.event, true);
      });
    });
    document.addEventListener("click", (event) => { if (open && !open.contains(event.target)) hide(); });
    document.addEventListener("keydown", (event) => { if (event.key === "Escape") hide(); });
    const selected = document.querySelector("mark.trigger.selected");
    if (selected) {
      selected.scrollIntoView({ block: "center" });
      show(selected, selected.dataset.event, true);
    }
  }

  // ---- timeline page: events on a zoomable time axis, one lane per event type ----
  function setUpTimeline() {
    const box = document.getElementById("timeline-chart");
    const raw = readJson("timeline-data", []);
    const points = raw.map((p) => Object.assign({ time: parseDate(p.date) }, p)).filter((p) => p.time !== null);
    if (!box) return;
    if (!points.length) {
      box.textContent = t("no_events");
      return;
    }
    const types = [...new Set(points.map((p) => p.type))].sort(
      (a, b) => quadRank(points, a) - quadRank(points, b) || a.localeCompare(b)
    );
    const labelOf = Object.fromEntries(points.map((p) => [p.type, p.label || p.type]));
    const margin = { left: 130, right: 20, top: 12, bottom: 28 };
    const lane = 30;
    const height = margin.top + types.length * lane + margin.bottom;
    let min = Math.min(...points.map((p) => p.time));
    let max = Math.max(...points.map((p) => p.time));
    const pad = Math.max((max - min) * 0.04, 5 * DAY);
    min -= pad;
    max += pad;
    let view = [min, max];
    let width = box.clientWidth || 900;

    const svg = svgEl("svg", { class: "zoomable" }, box);
    function draw() {
      width = box.clientWidth || width;
      svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
      svg.setAttribute("height", height);
      svg.replaceChildren();
      const inner = width - margin.left - margin.right;
      const x = (time) => margin.left + ((time - view[0]) / (view[1] - view[0])) * inner;
      svgEl("rect", { x: 0, y: 0, width: width, height: height, fill: "transparent" }, svg);
      const axis = svgEl("g", { class: "axis" }, svg);
      for (const [time, label] of timeTicks(view[0], view[1], inner)) {
        const px = x(time);
        svgEl("line", { class: "grid", x1: px, x2: px, y1: margin.top, y2: height - margin.bottom }, svg);
        svgEl("line", { x1: px, x2: px, y1: height - margin.bottom, y2: height - margin.bottom + 5 }, axis);
        svgText(axis, px, height - 8, label, { "text-anchor": "middle" });
      }
      svgEl("line", { x1: margin.left, x2: width - margin.right, y1: height - margin.bottom, y2: height - margin.bottom }, axis);
      types.forEach((type, row) => {
        const y = margin.top + row * lane + lane / 2;
        svgEl("line", { class: "grid", x1: margin.left, x2: width - margin.right, y1: y, y2: y }, svg);
        svgText(svg, margin.left - 8, y + 4, labelOf[type], { class: "lane-label", "text-anchor": "end" });
      });
      const clip = svgEl("g", {}, svg);
      const stacked = new Map(); // events of one type on one day are fanned out, not drawn on top of each other
      for (const point of points) {
        const px = x(point.time);
        if (px < margin.left - 6 || px > width - margin.right + 6) continue;
        const key = point.type + "|" + point.time;
        const rank = stacked.get(key) || 0;
        stacked.set(key, rank + 1);
        const y = margin.top + types.indexOf(point.type) * lane + lane / 2 + [0, -8, 8][rank % 3];
        const link = svgEl("a", { href: "/events/" + encodeURIComponent(point.id), class: "event-point" }, clip);
        link.dataset.eventId = String(point.id);
        const dot = svgEl("circle", { class: "point fill-" + (point.quad || "none"), cx: px, cy: y, r: 7 }, link);
        const title = svgEl("title", {}, dot);
        title.textContent = `${point.date} · ${point.label || point.type}: ${point.who || "?"} → ${point.whom || "?"}`;
      }
    }

    function zoom(factor, center) {
      const span = view[1] - view[0];
      const focus = center === undefined ? view[0] + span / 2 : center;
      let next = Math.min(Math.max(span * factor, DAY * 2), (max - min) * 4);
      const ratio = next / span;
      view = [focus - (focus - view[0]) * ratio, focus + (view[1] - focus) * ratio];
      draw();
    }
    function timeAt(clientX) {
      const rect = svg.getBoundingClientRect();
      const px = ((clientX - rect.left) / rect.width) * width;
      return view[0] + ((px - margin.left) / (width - margin.left - margin.right)) * (view[1] - view[0]);
    }
    svg.addEventListener("wheel", (event) => {
      event.preventDefault();
      zoom(Math.exp(event.deltaY * 0.0015), timeAt(event.clientX));
    }, { passive: false });
    let drag = null;
    let moved = false;
    svg.addEventListener("pointerdown", (event) => {
      drag = { x: event.clientX, view: view.slice() };
      moved = false;
    });
    window.addEventListener("pointermove", (event) => {
      if (!drag) return;
      const dx = event.clientX - drag.x;
      if (Math.abs(dx) > 3 && !moved) {
        moved = true;
        svg.classList.add("dragging");
      }
      if (!moved) return;
      const rect = svg.getBoundingClientRect();
      const shift = (dx / rect.width) * width / (width - margin.left - margin.right) * (drag.view[1] - drag.view[0]);
      view = [drag.view[0] - shift, drag.view[1] - shift];
      draw();
    });
    window.addEventListener("pointerup", () => {
      drag = null;
      svg.classList.remove("dragging");
    });
    svg.addEventListener("click", (event) => {
      if (moved) {
        event.preventDefault();
        moved = false;
      }
    }, true);
    document.querySelectorAll("[data-zoom]").forEach((button) => {
      button.addEventListener("click", () => {
        const action = button.dataset.zoom;
        if (action === "in") zoom(0.5);
        else if (action === "out") zoom(2);
        else {
          view = [min, max];
          draw();
        }
      });
    });
    window.addEventListener("resize", draw);
    draw();
  }

  function quadRank(points, type) {
    const point = points.find((p) => p.type === type);
    const rank = QUAD_ORDER.indexOf(point && point.quad);
    return rank < 0 ? QUAD_ORDER.length : rank;
  }

  // ---- actor page: cooperation above the axis, conflict below, per month; partners around the actor ----
  function setUpActor() {
    const data = readJson("actor-data", { bins: [], partners: [] });
    drawActivity(document.getElementById("actor-chart"), data.bins || []);
    drawPartners(document.getElementById("partner-graph"), data.name || "", data.partners || [], data.links || []);
  }

  function drawActivity(box, bins) {
    if (!box) return;
    if (!bins.length) {
      box.textContent = t("no_events");
      return;
    }
    const width = box.clientWidth || 500;
    const height = 220;
    const margin = { left: 34, right: 10, top: 10, bottom: 26 };
    const peak = Math.max(1, ...bins.map((b) => Math.max(b.cooperation, b.conflict)));
    const mid = margin.top + (height - margin.top - margin.bottom) / 2;
    const scale = (height - margin.top - margin.bottom) / 2 / peak;
    const step = (width - margin.left - margin.right) / bins.length;
    const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" }, box);
    const axis = svgEl("g", { class: "axis" }, svg);
    svgEl("line", { x1: margin.left, x2: width - margin.right, y1: mid, y2: mid }, axis);
    svgText(axis, margin.left - 6, margin.top + 10, String(peak), { "text-anchor": "end" });
    svgText(axis, margin.left - 6, height - margin.bottom, "−" + peak, { "text-anchor": "end" });
    const labelEvery = Math.ceil(bins.length / Math.max(1, Math.floor((width - margin.left) / 70)));
    bins.forEach((bin, index) => {
      const barWidth = Math.min(Math.max(step - 2, 1), 48);
      const x = margin.left + index * step + (step - 2 - barWidth) / 2;
      if (bin.cooperation) {
        const bar = svgEl("rect", { class: "fill-verbal_cooperation", x: x + 1, y: mid - bin.cooperation * scale, width: barWidth, height: bin.cooperation * scale }, svg);
        svgEl("title", {}, bar).textContent = `${bin.period}: ${bin.cooperation} ${t("cooperation")}`;
      }
      if (bin.conflict) {
        const bar = svgEl("rect", { class: "fill-material_conflict", x: x + 1, y: mid, width: barWidth, height: bin.conflict * scale }, svg);
        svgEl("title", {}, bar).textContent = `${bin.period}: ${bin.conflict} ${t("conflict")}`;
      }
      if (index % labelEvery === 0) svgText(axis, x + step / 2, height - 8, bin.period, { "text-anchor": "middle" });
    });
  }

  // The actor in the middle, its partners around it (edge width: shared events; colour: share of
  // conflict), and thin curves for partners acting on each other in the same events.
  function drawPartners(box, name, partners, links) {
    if (!box) return;
    if (!partners.length) {
      box.textContent = t("no_partners");
      return;
    }
    const width = box.clientWidth || 500;
    const height = 320;
    const cx = width / 2;
    const cy = height / 2;
    const radius = Math.max(60, Math.min(width / 2 - 150, height / 2 - 40));
    const peak = Math.max(...partners.map((p) => p.count));
    const svg = svgEl("svg", { viewBox: `0 0 ${width} ${height}`, role: "img" }, box);
    const between = svgEl("g", {}, svg);
    const edges = svgEl("g", {}, svg);
    const nodes = svgEl("g", {}, svg);
    const turn = partners.length <= 2 ? 0 : -Math.PI / 2; // one or two partners sit left and right, where labels fit
    const place = new Map();
    partners.forEach((partner, index) => {
      const angle = (index / partners.length) * Math.PI * 2 + turn;
      place.set(partner.id, [cx + Math.cos(angle) * radius, cy + Math.sin(angle) * radius]);
    });
    for (const link of links) {
      const from = place.get(link.source);
      const to = place.get(link.target);
      if (!from || !to) continue;
      const bend = [(from[0] + to[0]) / 2 + (cx - (from[0] + to[0]) / 2) * 0.4, (from[1] + to[1]) / 2 + (cy - (from[1] + to[1]) / 2) * 0.4];
      const curve = svgEl("path", { class: "edge", d: `M${from[0]},${from[1]} Q${bend[0]},${bend[1]} ${to[0]},${to[1]}`, fill: "none", stroke: "#98a2b3", "stroke-width": 1 + Math.min(link.count, 4) * 0.5, "stroke-dasharray": "4 3" }, between);
      svgEl("title", {}, curve).textContent = `${link.count}`;
    }
    partners.forEach((partner, index) => {
      const angle = (index / partners.length) * Math.PI * 2 + turn;
      const [x, y] = place.get(partner.id);
      const share = partner.count ? partner.conflict / partner.count : 0;
      const colour = `rgb(${Math.round(47 + share * (192 - 47))}, ${Math.round(138 - share * (138 - 57))}, ${Math.round(95 - share * (95 - 43))})`;
      const edge = svgEl("line", { class: "edge", x1: cx, y1: cy, x2: x, y2: y, stroke: colour, "stroke-width": 1.5 + 5 * (partner.count / peak), "stroke-opacity": 0.75 }, edges);
      svgEl("title", {}, edge).textContent = `${name} — ${partner.name}: ${partner.count}`;
      const link = svgEl("a", { href: "/actors/" + encodeURIComponent(partner.id) }, nodes);
      svgEl("circle", { cx: x, cy: y, r: 5 + 7 * (partner.count / peak), fill: colour, stroke: "#fff", "stroke-width": 1.5 }, link);
      const right = Math.cos(angle) >= 0;
      const label = partner.name.length > 26 ? partner.name.slice(0, 25) + "…" : partner.name;
      svgText(link, x + (right ? 12 : -12), y + 4, label, { class: "node-label", "text-anchor": right ? "start" : "end" });
      svgEl("title", {}, link).textContent = `${partner.name}: ${partner.count}`;
    });
    svgEl("circle", { cx: cx, cy: cy, r: 14, fill: "#1f3a5f" }, nodes);
    svgText(nodes, cx, cy + 32, name, { class: "node-label center-label", "text-anchor": "middle" });
  }

  document.addEventListener("DOMContentLoaded", () => {
    const page = document.body.dataset.page;
    if (page === "article") setUpArticle();
    else if (page === "timeline") setUpTimeline();
    else if (page === "actor") setUpActor();
  });
})();
