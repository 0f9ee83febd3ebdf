// Renders every model with bpmn-js (the NavigatedViewer, as Cockpit draws them) in Debian's headless
// Chromium at 100 % zoom, to one PNG per model, and measures what the browser drew: every external
// label (events, gateways, flows), the text inside every task, and the flows. Run by
// kz.qyzmet.models.ModelRenderTest with
//   QYZMET_MODELS       the model files, one per line
//   QYZMET_DIAGRAMS     the folder for the PNGs and report.json
//   QYZMET_CHROMIUM     Chromium's executable
// Prints one line per model and per problem; exits 1 when a drawn label overlaps a shape, another
// label or a flow, a task's text leaves its task, or a label leaves the diagram's area.
const fs = require('fs');
const path = require('path');
const { chromium } = require('playwright-core');

const models = process.env.QYZMET_MODELS.split('\n').map((f) => f.trim()).filter(Boolean);
const out = process.env.QYZMET_DIAGRAMS;
const viewer = require.resolve('bpmn-js/dist/bpmn-navigated-viewer.production.min.js');
const css = ['bpmn-js/dist/assets/diagram-js.css', 'bpmn-js/dist/assets/bpmn-js.css']
  .map((f) => fs.readFileSync(require.resolve(f), 'utf8')).join('\n');
const MARGIN = 30;

// Runs in the page: imports one model, fits the viewport at scale 1, and measures.
async function drawAndMeasure({ xml, margin }) {
  const container = document.getElementById('canvas');
  container.innerHTML = '';
  const bpmnViewer = new BpmnJS({ container });
  const { warnings } = await bpmnViewer.importXML(xml);
  const canvas = bpmnViewer.get('canvas');
  const registry = bpmnViewer.get('elementRegistry');
  const all = registry.getAll().filter((e) => e.parent);

  // What bpmn-js drew, in diagram coordinates (the viewbox is set at scale 1 below).
  const box = (r) => ({ x: r.x, y: r.y, width: r.width, height: r.height });
  const shapes = all.filter((e) => !e.waypoints && e.type !== 'label');
  const extent = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const e of all) {
    const points = e.waypoints || [{ x: e.x, y: e.y }, { x: e.x + e.width, y: e.y + e.height }];
    for (const p of points) {
      extent.x1 = Math.min(extent.x1, p.x); extent.y1 = Math.min(extent.y1, p.y);
      extent.x2 = Math.max(extent.x2, p.x); extent.y2 = Math.max(extent.y2, p.y);
    }
  }
  const width = Math.ceil(extent.x2 - extent.x1 + 2 * margin);
  const height = Math.ceil(extent.y2 - extent.y1 + 2 * margin);
  container.style.width = width + 'px';
  container.style.height = height + 'px';
  canvas.resized();
  canvas.viewbox({ x: extent.x1 - margin, y: extent.y1 - margin, width, height });
  const origin = container.getBoundingClientRect();
  const drawn = (gfx) => {
    const text = gfx.querySelector('text');
    if (!text || !text.textContent.trim()) {
      return null;
    }
    const r = text.getBoundingClientRect();
    const lines = [...text.querySelectorAll('tspan')].map((t) => t.textContent.trim());
    return { x: r.x - origin.x + extent.x1 - margin, y: r.y - origin.y + extent.y1 - margin, width: r.width, height: r.height,
      lines };
  };
  const labels = [];
  const taskTexts = [];
  for (const e of all) {
    const gfx = registry.getGraphics(e);
    if (e.type === 'label') {
      const r = drawn(gfx);
      if (r) {
        labels.push({ id: e.businessObject.id, owner: e.labelTarget.id, bounds: r, di: box(e),
          name: e.businessObject.name });
      }
    } else if (!e.waypoints && /Task$|CallActivity$/.test(e.type)) {
      const r = drawn(gfx);
      if (r) {
        taskTexts.push({ id: e.id, bounds: r, shape: box(e), name: e.businessObject.name });
      }
    }
  }
  return {
    warnings: warnings.map((w) => w.message),
    width, height,
    shapes: shapes.map((e) => ({ id: e.id, type: e.type, bounds: box(e), parent: e.parent.id, host: e.host ? e.host.id : null,
      expanded: e.type === 'bpmn:SubProcess' })),
    flows: all.filter((e) => e.waypoints).map((e) => ({ id: e.id, source: e.source.id, target: e.target.id,
      points: e.waypoints.map((p) => ({ x: p.x, y: p.y })) })),
    labels, taskTexts,
  };
}

const SLACK = 1; // a pixel of anti-aliasing
function intersects(a, b) {
  return a.x + SLACK < b.x + b.width && b.x + SLACK < a.x + a.width
    && a.y + SLACK < b.y + b.height && b.y + SLACK < a.y + a.height;
}
function contains(outer, inner, slack = SLACK) {
  return inner.x >= outer.x - slack && inner.y >= outer.y - slack
    && inner.x + inner.width <= outer.x + outer.width + slack && inner.y + inner.height <= outer.y + outer.height + slack;
}
// bpmn-js measures a line a few pixels narrower than the browser draws it.
const LABEL_SLACK = 4;
function segmentCrossesBox(p, q, r) {
  // Axis-parallel segments (the generator draws only those); others by their bounding box.
  const s = { x: Math.min(p.x, q.x), y: Math.min(p.y, q.y), width: Math.abs(p.x - q.x), height: Math.abs(p.y - q.y) };
  return s.x < r.x + r.width - SLACK && r.x + SLACK < s.x + s.width
    && s.y < r.y + r.height - SLACK && r.y + SLACK < s.y + s.height
    || (s.width === 0 && s.x > r.x + SLACK && s.x < r.x + r.width - SLACK && s.y < r.y + r.height - SLACK && r.y + SLACK < s.y + s.height)
    || (s.height === 0 && s.y > r.y + SLACK && s.y < r.y + r.height - SLACK && s.x < r.x + r.width - SLACK && r.x + SLACK < s.x + s.width);
}
function segments(flow) {
  const result = [];
  for (let i = 1; i < flow.points.length; i++) {
    result.push([flow.points[i - 1], flow.points[i]]);
  }
  return result;
}
function crossing(a, b) {
  // Proper crossings of two axis-parallel segments, one horizontal and one vertical.
  const [h, v] = a[0].y === a[1].y ? [a, b] : [b, a];
  if (h[0].y !== h[1].y || v[0].x !== v[1].x) {
    return false;
  }
  const x = v[0].x;
  const y = h[0].y;
  return x > Math.min(h[0].x, h[1].x) && x < Math.max(h[0].x, h[1].x)
    && y > Math.min(v[0].y, v[1].y) && y < Math.max(v[0].y, v[1].y);
}

function check(model) {
  const problems = [];
  const byId = Object.fromEntries(model.shapes.map((s) => [s.id, s]));
  const related = (a, b) => a === b || byId[a]?.host === b || byId[b]?.host === a
    || byId[a]?.parent === b || byId[b]?.parent === a;
  // Shapes: none overlaps another, but a boundary event its host and an element its sub-process.
  for (let i = 0; i < model.shapes.length; i++) {
    for (let j = i + 1; j < model.shapes.length; j++) {
      const a = model.shapes[i];
      const b = model.shapes[j];
      if (related(a.id, b.id)) {
        continue;
      }
      if (intersects(a.bounds, b.bounds)) {
        problems.push(`shape ${a.id} overlaps shape ${b.id}`);
      }
    }
    const s = model.shapes[i];
    if (byId[s.parent] && !contains(byId[s.parent].bounds, s.bounds)) {
      problems.push(`shape ${s.id} leaves its sub-process ${s.parent}`);
    }
  }
  // Labels: clear of every shape (a sub-process only by its title strip), other labels and flows.
  for (const label of model.labels) {
    for (const shape of model.shapes) {
      if (shape.expanded) {
        const title = { x: shape.bounds.x, y: shape.bounds.y, width: shape.bounds.width, height: 24 };
        if (intersects(label.bounds, title)) {
          problems.push(`label of ${label.owner} overlaps the title of ${shape.id}`);
        }
        const owner = byId[label.owner];
        if (owner && owner.parent === shape.id && !contains(shape.bounds, label.bounds)) {
          problems.push(`label of ${label.owner} leaves its sub-process ${shape.id}`);
        }
        continue;
      }
      if (intersects(label.bounds, shape.bounds)) {
        problems.push(`label of ${label.owner} overlaps shape ${shape.id}`);
      }
    }
    for (const other of model.labels) {
      if (other !== label && other.owner > label.owner && intersects(label.bounds, other.bounds)) {
        problems.push(`label of ${label.owner} overlaps label of ${other.owner}`);
      }
    }
    for (const flow of model.flows) {
      if (flow.id === label.owner) {
        continue;
      }
      if (segments(flow).some(([p, q]) => segmentCrossesBox(p, q, label.bounds))) {
        problems.push(`label of ${label.owner} is crossed by flow ${flow.id}`);
      }
    }
    if (label.bounds.x < 0 || label.bounds.y < 0) {
      problems.push(`label of ${label.owner} leaves the diagram (negative coordinates)`);
    }
  }
  // bpmn-js breaks a word it cannot fit in the width: every line ends at a word's end.
  for (const text of [...model.labels, ...model.taskTexts]) {
    if (text.bounds.lines.join(' ').replace(/\s+/g, ' ') !== text.name.trim().replace(/\s+/g, ' ')) {
      problems.push(`the name of ${text.owner || text.id} is broken inside a word: ${JSON.stringify(text.bounds.lines)}`);
    }
  }
  // A label's text stays inside the label's bounds in the model (the generator sizes them).
  for (const label of model.labels) {
    if (!contains(label.di, label.bounds, LABEL_SLACK)) {
      problems.push(`the label of ${label.owner} is drawn beyond its bounds in the model`);
    }
  }
  // The text inside a task stays inside it, clear of the events on its edge.
  for (const text of model.taskTexts) {
    for (const event of model.shapes.filter((s) => s.host === text.id)) {
      if (intersects(text.bounds, event.bounds)) {
        problems.push(`the name of ${text.id} is covered by ${event.id}`);
      }
    }
    if (!contains(text.shape, text.bounds)) {
      problems.push(`the name of ${text.id} leaves its task (${Math.round(text.bounds.height)}px of text in ${text.shape.height}px)`);
    }
  }
  let crossings = 0;
  const all = model.flows.map((f) => [f, segments(f)]);
  for (let i = 0; i < all.length; i++) {
    for (let j = i + 1; j < all.length; j++) {
      for (const a of all[i][1]) {
        for (const b of all[j][1]) {
          if (crossing(a, b)) {
            crossings++;
          }
        }
      }
    }
  }
  return { problems, crossings };
}

(async () => {
  fs.mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: process.env.QYZMET_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  page.setDefaultTimeout(60000);
  await page.setContent('<!doctype html><html><head><meta charset="utf-8"></head>'
    + '<body style="margin:0;background:#fff"><div id="canvas"></div></body></html>');
  await page.addStyleTag({ content: css });
  await page.addScriptTag({ path: viewer });
  const report = [];
  let failed = 0;
  for (const file of models) {
    const name = path.basename(file, '.bpmn');
    const xml = fs.readFileSync(file, 'utf8');
    const model = await page.evaluate(drawAndMeasure, { xml, margin: MARGIN });
    await page.setViewportSize({ width: model.width, height: model.height });
    await page.locator('#canvas').screenshot({ path: path.join(out, name + '.png') });
    const { problems, crossings } = check(model);
    problems.push(...model.warnings.map((w) => `import warning: ${w}`));
    failed += problems.length ? 1 : 0;
    report.push({ model: name, width: model.width, height: model.height, crossings, problems,
      labels: model.labels, taskTexts: model.taskTexts });
    console.log(`${name}: ${model.width}x${model.height} px, ${crossings} flow crossing(s), ${problems.length} problem(s)`);
    for (const p of problems) {
      console.log(`  ${p}`);
    }
  }
  fs.writeFileSync(path.join(out, 'report.json'), JSON.stringify(report, null, 1));
  console.log(`models=${models.length} readable=${models.length - failed}`);
  await browser.close();
  process.exit(failed ? 1 : 0);
})().catch((e) => {
  console.error(e);
  process.exit(2);
});
