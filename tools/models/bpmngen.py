"""Tiny BPMN 2.0 writer with diagram data, for authoring Qyzmet's models.

Elements are laid out by explicit grid coordinates (x, y = centre). Flows get orthogonal waypoints.
"""
import math
import sys
from xml.sax.saxutils import escape, quoteattr

SIZES = {
    'startEvent': (36, 36), 'endEvent': (36, 36), 'intermediateThrowEvent': (36, 36),
    'intermediateCatchEvent': (36, 36), 'boundaryEvent': (36, 36),
    'userTask': (120, 80), 'serviceTask': (120, 80), 'callActivity': (120, 80), 'sendTask': (120, 80),
    'receiveTask': (120, 80), 'businessRuleTask': (120, 80),
    'exclusiveGateway': (50, 50), 'parallelGateway': (50, 50), 'eventBasedGateway': (50, 50),
}


def q(v):
    return quoteattr(str(v))


class El:
    def __init__(self, kind, id, name=None, x=0, y=0, attrs=None, body='', w=None, h=None,
                 attached=None, children=None, triggered=False, label_below=True):
        self.kind, self.id, self.name, self.x, self.y = kind, id, name, x, y
        self.attrs = attrs or {}
        self.body = body
        self.attached = attached
        self.children = children or []
        self.flows = []
        self.triggered = triggered
        dw, dh = SIZES.get(kind, (120, 80))
        self.w, self.h = (w or dw), (h or dh)
        self.incoming, self.outgoing = [], []

    @property
    def left(self):
        return self.x - self.w / 2

    @property
    def top(self):
        return self.y - self.h / 2


SCALE = (1.4, 1.3)
TASK_KINDS = ('userTask', 'serviceTask', 'callActivity', 'sendTask', 'receiveTask', 'businessRuleTask')
TASK_SIZE = (150, 110)
# External labels as bpmn-js draws them: 11 px Arial, lines of 1.2 em. CHAR_WIDTH is an upper bound
# of a Cyrillic letter's width in Arial and in DejaVu Sans (Linux's stand-in for Arial), so that the
# label's bounds hold the drawn text (ModelRenderTest checks it).
LABEL_FONT, LABEL_LINE, CHAR_WIDTH, LABEL_ROOM = 11, 13.2, 7.4, 12
EVENT_LABEL_WIDTH, NARROW_LABEL_WIDTH, NARROWEST_LABEL_WIDTH, FLOW_LABEL_WIDTH = 120, 84, 60, 110
LABELLED = ('startEvent', 'endEvent', 'boundaryEvent', 'exclusiveGateway', 'parallelGateway',
            'intermediateThrowEvent', 'intermediateCatchEvent', 'eventBasedGateway')


class Box:
    """A rectangle by its centre and size."""
    def __init__(self, x, y, w, h):
        self.x, self.y, self.w, self.h = x, y, w, h

    left = property(lambda self: self.x - self.w / 2)
    right = property(lambda self: self.x + self.w / 2)
    top = property(lambda self: self.y - self.h / 2)
    bottom = property(lambda self: self.y + self.h / 2)

    @staticmethod
    def of(left, top, w, h):
        return Box(left + w / 2, top + h / 2, w, h)

    def overlap(self, o, gap=0):
        """The area this box shares with another grown by gap."""
        dx = min(self.right, o.right + gap) - max(self.left, o.left - gap)
        dy = min(self.bottom, o.bottom + gap) - max(self.top, o.top - gap)
        return dx * dy if dx > 0 and dy > 0 else 0

    def crossed(self, p, q, gap=0):
        """Whether the axis-parallel segment p-q passes through this box grown by gap."""
        (x1, y1), (x2, y2) = p, q
        return (min(x1, x2) < self.right + gap and max(x1, x2) > self.left - gap
                and min(y1, y2) < self.bottom + gap and max(y1, y2) > self.top - gap)


def snap(pts, s, t):
    """Waypoints whose first and last points lie on the edges of the source and target boxes, keeping
    the first and last segments horizontal or vertical."""
    pts = list(pts)

    def on_edge(end, nxt, box):
        (x, y), (nx, ny) = end, nxt
        if abs(y - ny) < 1 and abs(x - nx) >= 1:   # horizontal: the left or right edge
            return (box.right if nx > box.x else box.left, y)
        return (x, box.bottom if ny > box.y else box.top)
    pts[0] = on_edge(pts[0], pts[1], s)
    pts[-1] = on_edge(pts[-1], pts[-2], t)
    return pts


def text_lines(text, width):
    """The lines of text wrapped at width (less the room of label_size) as bpmn-js wraps them, each
    letter at most CHAR_WIDTH wide."""
    lines, line = [], ''
    for word in text.split(' '):
        candidate = f'{line} {word}' if line else word
        if line and len(candidate) * CHAR_WIDTH + LABEL_ROOM > width:
            lines.append(line)
            line = word
        else:
            line = candidate
    return lines + [line]


def label_size(text, width):
    """Width and height of a label wrapped at width; LABEL_ROOM more in width so that bpmn-js, which wraps
    at the label's width, never breaks a word whose letters are wider than the average."""
    lines = text_lines(text, width)
    return max(len(l) for l in lines) * CHAR_WIDTH + LABEL_ROOM, len(lines) * LABEL_LINE + 4


def place_labels(m):
    """Puts every external label beside its flow or element, where it covers no shape, no flow and no
    other label: the first free place of a list of candidates (for a flow: along its first segments;
    for an element: below, above, beside), else the one that covers least. Flows first: they have
    fewer places."""
    shapes, inner = [], {}
    for el in m.all_elements():
        b = m.geo[el.id]
        if el.kind == 'subProcess':
            shapes.append(Box.of(b.left, b.top, b.w, 24))       # its title strip
            for edge in ((b.left, b.top, b.right, b.top), (b.left, b.bottom, b.right, b.bottom),
                         (b.left, b.top, b.left, b.bottom), (b.right, b.top, b.right, b.bottom)):
                inner.setdefault('border', []).append(((edge[0], edge[1]), (edge[2], edge[3])))
        else:
            shapes.append(b)
    segments = [(f.id, p, q) for f in m.every_flow() for p, q in zip(m.points[f.id], m.points[f.id][1:])]
    segments += [(None, p, q) for p, q in inner.get('border', [])]
    placed = {}

    def cost(box, owner):
        c = sum(box.overlap(s, 3) for s in shapes)
        c += sum(box.overlap(o, 3) for o in placed.values()) * 2
        c += sum(400 for fid, p, q in segments if fid != owner and box.crossed(p, q, 2))
        if box.left < 0 or box.top < 0:
            c += 10000
        el = m.index.get(owner)
        if el is not None and el.kind == 'boundaryEvent':
            c += box.overlap(m.geo[el.attached], 3)      # a boundary event's label outside its host, even a sub-process
        return c

    def choose(owner, candidates):
        best = min(((cost(c, owner), i, c) for i, c in enumerate(candidates)), key=lambda t: t[:2])
        if best[0]:
            print(f'{m.process_id}: no free place for the label of {owner}', file=sys.stderr)
        placed[owner] = best[2]

    for f in m.every_flow():
        if not f.name:
            continue
        pts = m.points[f.id]
        candidates = []
        # horizontal segments first: a vertical one often leaves a gateway with other flows; then
        # narrower, taller labels where wide ones do not fit
        segments_first = sorted(list(zip(pts, pts[1:]))[:2], key=lambda seg: abs(seg[0][1] - seg[1][1]) >= 1)
        for (x1, y1), (x2, y2) in segments_first:
            for wrap in (FLOW_LABEL_WIDTH, NARROW_LABEL_WIDTH, NARROWEST_LABEL_WIDTH):
                w, h = label_size(f.name, wrap)
                if abs(y1 - y2) < 1:        # horizontal: above or below, from its start, then its middle
                    for x in (x1 + 6 if x2 > x1 else x1 - 6 - w, (x1 + x2) / 2 - w / 2):
                        candidates += [Box.of(x, y1 - 3 - h, w, h), Box.of(x, y1 + 3, w, h)]
                else:                       # vertical: right or left, from its start, then its middle
                    for y in (y1 + 6 if y2 > y1 else y1 - 6 - h, (y1 + y2) / 2 - h / 2):
                        candidates += [Box.of(x1 + 5, y, w, h), Box.of(x1 - 5 - w, y, w, h)]
        choose(f.id, candidates)
    for el in m.all_elements():
        if not el.name or el.kind not in LABELLED:
            continue
        b = m.geo[el.id]
        g = 4
        candidates = []
        for wrap in (EVENT_LABEL_WIDTH, NARROW_LABEL_WIDTH, NARROWEST_LABEL_WIDTH):   # narrower, taller labels where wide ones do not fit
            w, h = label_size(el.name, wrap)
            candidates += [
                Box.of(b.x - w / 2, b.bottom + g, w, h),                 # below
                Box.of(b.x - w / 2, b.top - g - h, w, h),                # above
                Box.of(b.right + g, b.bottom + g - 8, w, h),             # below right
                Box.of(b.left - g - w, b.bottom + g - 8, w, h),          # below left
                Box.of(b.right + g, b.top - g - h + 8, w, h),            # above right
                Box.of(b.left - g - w, b.top - g - h + 8, w, h),         # above left
                Box.of(b.right + g, b.y - h / 2, w, h),                  # right
                Box.of(b.left - g - w, b.y - h / 2, w, h),               # left
                Box.of(b.right + g, b.bottom + g, w, h),                 # below right, clear of neighbours
                Box.of(b.left - g - w, b.bottom + g, w, h),              # below left, clear of neighbours
            ]
        choose(el.id, candidates)
    return placed


def label_xml(box):
    if not box:
        return ''
    return (f'\n        <bpmndi:BPMNLabel>\n          <dc:Bounds x="{px(box.left)}" y="{px(box.top)}" '
            f'width="{px(box.w)}" height="{px(box.h)}" />\n        </bpmndi:BPMNLabel>')


def px(v):
    """A coordinate in whole pixels, halves rounded up (as Java's Math.round, not Python's round-half-even)."""
    return math.floor(v + 0.5)


class Flow:
    def __init__(self, id, source, target, name=None, condition=None, waypoints=None):
        self.id, self.source, self.target, self.name = id, source, target, name
        self.condition, self.waypoints = condition, waypoints


class Model:
    def __init__(self, process_id, name, startable=True, ttl='P1825D', doc=None, extra_defs=''):
        self.process_id, self.name, self.startable, self.ttl = process_id, name, startable, ttl
        self.doc = doc
        self.extra_defs = extra_defs
        self.elements = []
        self.flows = []
        self.index = {}

    def add(self, el, parent=None):
        (parent.children if parent else self.elements).append(el)
        self.index[el.id] = el
        return el

    def flow(self, id, s, t, name=None, condition=None, waypoints=None, parent=None):
        f = Flow(id, s, t, name, condition, waypoints)
        (parent.flows if parent else self.flows).append(f)
        self.index[s].outgoing.append(id)
        self.index[t].incoming.append(id)
        return f

    # ---------- XML -----------
    def el_xml(self, el, ind):
        p = ' ' * ind
        attrs = ''.join(f' {k}={q(v)}' for k, v in el.attrs.items())
        name = f' name={q(el.name)}' if el.name else ''
        if el.kind == 'subProcess':
            trig = ' triggeredByEvent="true"' if el.triggered else ''
            out = [f'{p}<bpmn:subProcess id="{el.id}"{name}{trig}{attrs}>']
            out += [f'{p}  <bpmn:incoming>{i}</bpmn:incoming>' for i in el.incoming]
            out += [f'{p}  <bpmn:outgoing>{o}</bpmn:outgoing>' for o in el.outgoing]
            if el.body:
                out.append(''.join(f'{p}  {line}\n' for line in el.body.strip('\n').split('\n')).rstrip('\n'))
            for c in el.children:
                out.append(self.el_xml(c, ind + 2))
            for f in el.flows:
                out.append(self.flow_xml(f, ind + 2))
            out.append(f'{p}</bpmn:subProcess>')
            return '\n'.join(out)
        att = f' attachedToRef="{el.attached}"' if el.attached else ''
        out = [f'{p}<bpmn:{el.kind} id="{el.id}"{name}{att}{attrs}>']
        body = el.body or ''
        extension = ''
        if '</bpmn:extensionElements>' in body:
            end = body.index('</bpmn:extensionElements>') + len('</bpmn:extensionElements>')
            extension, body = body[:end], body[end:]
        if extension:
            out.append(''.join(f'{p}  {line}\n' for line in extension.strip('\n').split('\n')).rstrip('\n'))
        out += [f'{p}  <bpmn:incoming>{i}</bpmn:incoming>' for i in el.incoming]
        out += [f'{p}  <bpmn:outgoing>{o}</bpmn:outgoing>' for o in el.outgoing]
        if body.strip():
            out.append(''.join(f'{p}  {line}\n' for line in body.strip('\n').split('\n')).rstrip('\n'))
        out.append(f'{p}</bpmn:{el.kind}>')
        return '\n'.join(out)

    def flow_xml(self, f, ind):
        p = ' ' * ind
        name = f' name={q(f.name)}' if f.name else ''
        if f.condition:
            return (f'{p}<bpmn:sequenceFlow id="{f.id}"{name} sourceRef="{f.source}" targetRef="{f.target}">\n'
                    f'{p}  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">{escape(f.condition)}</bpmn:conditionExpression>\n'
                    f'{p}</bpmn:sequenceFlow>')
        return f'{p}<bpmn:sequenceFlow id="{f.id}"{name} sourceRef="{f.source}" targetRef="{f.target}" />'

    def all_elements(self, els=None):
        for el in (self.elements if els is None else els):
            yield el
            if el.kind == 'subProcess':
                yield from self.all_elements(el.children)

    def all_flows(self, els=None):
        yield from (self.flows if els is None else [])
        for el in (self.elements if els is None else els):
            if el.kind == 'subProcess':
                yield from el.flows
                yield from self.all_flows(el.children) if False else []
                for c in el.children:
                    if c.kind == 'subProcess':
                        yield from c.flows

    # ---------- diagram -----------
    # blocks.py and spines.py place elements on a grid of centres; the diagram stretches that grid by
    # SCALE so that tasks big enough for a Kazakh and a Russian name fit between them. Events and
    # gateways keep their size; explicit waypoints are stretched and their ends put back on the shapes.
    def layout(self):
        """Centres and sizes of every element in the diagram, and the flows' waypoints."""
        sx, sy = SCALE
        geo = {}
        for el in self.all_elements():
            w, h = el.w, el.h
            if el.kind == 'subProcess':
                w, h = el.w * sx, el.h * sy
            elif el.kind in TASK_KINDS:
                w, h = el.w / 120 * TASK_SIZE[0], el.h / 80 * TASK_SIZE[1]
            geo[el.id] = Box(el.x * sx, el.y * sy, w, h)
        for el in self.all_elements():
            if el.kind == 'boundaryEvent':
                host, old = geo[el.attached], self.index[el.attached]
                b = geo[el.id]
                # on the same edge of the grown host, within it
                x = min(max(b.x, host.left + b.w / 2), host.right - b.w / 2)
                y = host.bottom if el.y >= old.y else host.top
                geo[el.id] = Box(x, y, b.w, b.h)
        self.geo = geo
        self.points = {f.id: self.route(f) for f in self.every_flow()}
        self.label_boxes = place_labels(self)

    def route(self, f):
        s, t = self.geo[f.source], self.geo[f.target]
        if f.waypoints:
            pts = [(x * SCALE[0], y * SCALE[1]) for x, y in f.waypoints]
            return snap(pts, s, t)
        if self.index[f.source].kind == 'boundaryEvent':
            down = s.y >= self.geo[self.index[f.source].attached].y
            sy = s.bottom if down else s.top
            if abs(t.x - s.x) < 1:
                return [(s.x, sy), (t.x, t.bottom if not down else t.top)]
            return [(s.x, sy), (s.x, t.y), (t.left if t.x > s.x else t.right, t.y)]
        if abs(s.y - t.y) < 1:
            if t.x > s.x:
                return [(s.right, s.y), (t.left, t.y)]
            # back loop over the top
            top = min(s.top, t.top) - 30
            return [(s.x, s.top), (s.x, top), (t.x, top), (t.x, t.top)]
        if abs(s.x - t.x) < 1:
            return [(s.x, s.bottom), (t.x, t.top)] if t.y > s.y else [(s.x, s.top), (t.x, t.bottom)]
        if t.x > s.x:
            if self.index[f.source].kind.endswith('Gateway'):
                return [(s.x, s.bottom if t.y > s.y else s.top), (s.x, t.y), (t.left, t.y)]
            midx = (s.right + t.left) / 2
            return [(s.right, s.y), (midx, s.y), (midx, t.y), (t.left, t.y)]
        # target to the left: go down/up then left, enter from below/above
        if t.y > s.y:
            return [(s.x, s.bottom), (s.x, t.y), (t.right, t.y)]
        return [(s.x, s.top), (s.x, t.bottom + 20), (t.x, t.bottom + 20), (t.x, t.bottom)]

    def di(self):
        self.layout()
        out = []
        for el in self.all_elements():
            extra = ''
            if el.kind == 'subProcess':
                extra = ' isExpanded="true"'
            if el.kind == 'exclusiveGateway':
                extra = ' isMarkerVisible="true"'
            b = self.geo[el.id]
            out.append(f'      <bpmndi:BPMNShape id="{el.id}_di" bpmnElement="{el.id}"{extra}>\n'
                       f'        <dc:Bounds x="{px(b.left)}" y="{px(b.top)}" width="{px(b.w)}" height="{px(b.h)}" />'
                       f'{label_xml(self.label_boxes.get(el.id))}\n      </bpmndi:BPMNShape>')
        for f in self.every_flow():
            pts = ''.join(f'\n        <di:waypoint x="{px(x)}" y="{px(y)}" />' for x, y in self.points[f.id])
            out.append(f'      <bpmndi:BPMNEdge id="{f.id}_di" bpmnElement="{f.id}">{pts}'
                       f'{label_xml(self.label_boxes.get(f.id))}\n      </bpmndi:BPMNEdge>')
        return '\n'.join(out)

    def every_flow(self):
        flows = list(self.flows)

        def walk(els):
            for el in els:
                if el.kind == 'subProcess':
                    flows.extend(el.flows)
                    walk(el.children)
        walk(self.elements)
        return flows

    def xml(self):
        body = []
        for el in self.elements:
            body.append(self.el_xml(el, 4))
        for f in self.flows:
            body.append(self.flow_xml(f, 4))
        doc = f'\n    <bpmn:documentation>{escape(self.doc)}</bpmn:documentation>' if self.doc else ''
        return f'''<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                  xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"
                  xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"
                  xmlns:di="http://www.omg.org/spec/DD/20100524/DI"
                  xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                  xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                  id="Definitions_{self.process_id.replace('-', '_')}"
                  targetNamespace="https://qyzmet.kz/bpmn"
                  exporter="Qyzmet" exporterVersion="1">
{''.join('  ' + line + chr(10) for line in self.extra_defs.strip().splitlines())}  <bpmn:process id="{self.process_id}" name={q(self.name)} isExecutable="true" camunda:historyTimeToLive="{self.ttl}" camunda:isStartableInTasklist="{str(self.startable).lower()}">{doc}
{chr(10).join(body)}
  </bpmn:process>
  <bpmndi:BPMNDiagram id="BPMNDiagram_{self.process_id.replace('-', '_')}">
    <bpmndi:BPMNPlane id="BPMNPlane_{self.process_id.replace('-', '_')}" bpmnElement="{self.process_id}">
{self.di()}
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>
'''


# ---------- helpers for bodies ----------

def ext(*items):
    return '<bpmn:extensionElements>\n' + '\n'.join('  ' + i for i in items) + '\n</bpmn:extensionElements>'


def mapping(ins=(), outs=(), business_key=True, in_exprs=()):
    lines = []
    if business_key:
        lines.append('<camunda:in businessKey="#{execution.processBusinessKey}" />')
    lines += [f'<camunda:in source="{v}" target="{v}" />' for v in ins]
    lines += [f'<camunda:in sourceExpression={q(e)} target="{t}" />' for t, e in in_exprs]
    lines += [f'<camunda:out source="{v}" target="{v}" />' for v in outs]
    return lines


def listener(event, expression, kind='executionListener', delegate=False):
    attribute = 'delegateExpression' if delegate else 'expression'
    return f'<camunda:{kind} {attribute}={q(expression)} event="{event}" />'


def task_listener(event='create', delegate='${taskPresentation}'):
    return f'<camunda:taskListener delegateExpression={q(delegate)} event="{event}" />'


def timer_date(expr, id):
    return f'<bpmn:timerEventDefinition id="TimerEventDefinition_{id}">\n  <bpmn:timeDate xsi:type="bpmn:tFormalExpression">{escape(expr)}</bpmn:timeDate>\n</bpmn:timerEventDefinition>'
