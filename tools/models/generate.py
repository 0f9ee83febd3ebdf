#!/usr/bin/env python3
"""Writes Qyzmet's BPMN models: the shared blocks (processes/common/), the complaint review, and
the spine of every standard in the catalog (src/main/resources/standards/sNN.yaml).

    python3 tools/models/generate.py          # everything
    python3 tools/models/generate.py 2 6      # the blocks and the spines of standards 2 and 6

The models are generated so that thirty spines stay alike: a change to the shape of every
standard is made here once. A standard that needs its own shape gets its own function in
spines.py. Needs PyYAML (python3-yaml).
"""
import glob
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, HERE)

from blocks import complaint, documents, intake, result, review  # noqa: E402
from spines import OWN_SPINES, automated_spine, spine  # noqa: E402


def write(model, folder):
    path = os.path.join(ROOT, folder, model.process_id + '.bpmn')
    with open(path, 'w', encoding='utf-8') as out:
        out.write(model.xml())
    return path


def automated_topics():
    """The topics of the fully automated services, by standard, with the system answering each
    (src/main/resources/automated/information-systems.yaml, which the application reads too)."""
    with open(os.path.join(ROOT, 'src/main/resources/automated/information-systems.yaml'), encoding='utf-8') as f:
        systems = yaml.safe_load(f)['systems']
    return {t['standard']: (t['topic'], s['nameEn'], s['nameRu']) for s in systems for t in s['topics']}


def standard_spine(path):
    with open(path, encoding='utf-8') as f:
        d = yaml.safe_load(f)
    number = d['number']
    topic = automated_topics().get(number)
    if topic:
        doc = (f"Standard {number} of Decree No. 217 ({d['nameEn']}): a fully automated service. After the intake "
               f"the answer is asked of the {topic[1]} as an external task on the topic {topic[0]}, under the "
               f"statutory term of the standards catalog (standards/s{number:02d}.yaml); the answer is delivered "
               "through the shared result block.")
        return automated_spine(d['processKey'], d['nameKk'], d['nameRu'], doc, topic[0], topic[1], topic[2])
    info = [c['id'] for c in d['channels'] if 'information-only' in c.get('functions', [])]
    doc = (f"Standard {number} of Decree No. 217 ({d['nameEn']}): a thin spine on the shared blocks. "
           "Its terms, documents and refusal grounds are in the standards catalog "
           f"(standards/s{number:02d}.yaml) and its table {d['code']}-required-documents.")
    # Screens show Kazakh and Russian (every standard has its nameRu; the validator requires it).
    if number in OWN_SPINES:
        return OWN_SPINES[number](d['processKey'], d['nameKk'], d['nameRu'], doc)
    return spine(d['processKey'], d['nameKk'], d['nameRu'], doc, information_channel=info[0] if info else None)


def main(numbers):
    for factory in (intake, review, documents, result):
        write(factory(), 'processes/common')
    write(complaint(), 'processes')
    files = sorted(glob.glob(os.path.join(ROOT, 'src/main/resources/standards/s[0-9][0-9].yaml')))
    for path in files:
        number = int(os.path.basename(path)[1:3])
        if not numbers or number in numbers:
            print(write(standard_spine(path), 'processes'))


if __name__ == '__main__':
    main({int(n) for n in sys.argv[1:]})
