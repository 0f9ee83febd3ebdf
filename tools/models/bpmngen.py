"""Tiny BPMN 2.0 writer with diagram data, for authoring Qyzmet's models.

Elements are laid out by explicit grid coordinates (x, y = centre). Flows get orthogonal waypoints.
"""
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

    def waypoints(self, f):
        if f.waypoints:
            return f.waypoints
        s, t = self.index[f.source], self.index[f.target]
        if s.kind == 'boundaryEvent':
            sx, sy = s.x, s.y + s.h / 2
            if abs(t.x - s.x) < 1:
                return [(sx, sy), (t.x, t.top)]
            ty = t.y
            return [(sx, sy), (sx, ty), (t.left, ty)]
        sx, sy = s.x + s.w / 2, s.y
        if abs(s.y - t.y) < 1:
            if t.x > s.x:
                return [(sx, sy), (t.left, t.y)]
            # back loop over the top
            top = min(s.top, t.top) - 30
            return [(s.x, s.top), (s.x, top), (t.x, top), (t.x, t.top)]
        if t.x > s.x:
            if s.kind.endswith('Gateway'):
                return [(s.x, s.y + (s.h / 2 if t.y > s.y else -s.h / 2)), (s.x, t.y), (t.left, t.y)]
            midx = (sx + t.left) / 2
            return [(sx, sy), (midx, sy), (midx, t.y), (t.left, t.y)]
        # target to the left: go down/up then left, enter from below/above
        if t.y > s.y:
            return [(s.x, s.y + s.h / 2), (s.x, t.y), (t.x + t.w / 2, t.y)]
        return [(s.x, s.top), (s.x, t.y + t.h / 2 + 20), (t.x, t.y + t.h / 2 + 20), (t.x, t.y + t.h / 2)]

    def di(self):
        out = []
        for el in self.all_elements():
            extra = ''
            if el.kind == 'subProcess':
                extra = ' isExpanded="true"'
            if el.kind == 'exclusiveGateway':
                extra = ' isMarkerVisible="true"'
            label = ''
            if el.name and el.kind not in ('subProcess',) and el.kind in (
                    'startEvent', 'endEvent', 'boundaryEvent', 'exclusiveGateway', 'parallelGateway',
                    'intermediateThrowEvent', 'intermediateCatchEvent', 'eventBasedGateway'):
                lw = 140
                label = (f'\n        <bpmndi:BPMNLabel>\n          <dc:Bounds x="{el.x - lw / 2:.0f}" '
                         f'y="{el.y + el.h / 2 + 4:.0f}" width="{lw}" height="40" />\n        </bpmndi:BPMNLabel>')
            out.append(f'      <bpmndi:BPMNShape id="{el.id}_di" bpmnElement="{el.id}"{extra}>\n'
                       f'        <dc:Bounds x="{el.left:.0f}" y="{el.top:.0f}" width="{el.w:.0f}" height="{el.h:.0f}" />'
                       f'{label}\n      </bpmndi:BPMNShape>')
        for f in self.every_flow():
            pts = ''.join(f'\n        <di:waypoint x="{x:.0f}" y="{y:.0f}" />' for x, y in self.waypoints(f))
            label = ''
            if f.name:
                x, y = self.waypoints(f)[0]
                label = (f'\n        <bpmndi:BPMNLabel>\n          <dc:Bounds x="{x + 6:.0f}" y="{y - 30:.0f}" '
                         f'width="130" height="28" />\n        </bpmndi:BPMNLabel>')
            out.append(f'      <bpmndi:BPMNEdge id="{f.id}_di" bpmnElement="{f.id}">{pts}{label}\n      </bpmndi:BPMNEdge>')
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
