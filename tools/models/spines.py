from bpmngen import *
from blocks import APP, REVIEW_IN, REVIEW_OUT, service, gateway, event

INTAKE_IN = APP + ['applicantFlags', 'documentsSubmitted']
INTAKE_OUT = ['requiredDocuments', 'missingDocuments', 'packageComplete', 'status', 'intakeGroup', 'reviewerGroup',
              'statutoryDueDate', 'originalDueDate', 'reminderDate', 'reviewDueDate', 'resultDueDate']
RESULT_IN = APP + ['intakeGroup', 'reviewerGroup', 'decision', 'refusalGround', 'decisionComment', 'statutoryDueDate',
                   'reminderDate', 'reviewDueDate', 'resultDueDate', 'termExtensions', 'documentsRequestedAt',
                   'documentsArrivedAt']
RESULT_OUT = ['status', 'resultPublishedAt']


def call(m, id, name, x, y, block, ins, outs):
    return m.add(El('callActivity', id, name, x, y,
                    attrs={'calledElement': block, 'camunda:calledElementBinding': 'deployment'},
                    body=ext(*mapping(ins, outs))))


def shorten(text, limit):
    """The text cut at a word to fit the limit, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    cut = text[:limit - 1]
    if ' ' in cut:
        cut = cut[:cut.rindex(' ')]
    return cut.rstrip(' ,;:') + '…'


def process_name(code, name_kk, name_ru):
    """'S08 · <kk> / <ru>' within the engine's 255-character name column: the Russian part is shortened
    first (to no less than 100 characters), then the Kazakh, the state language, if it is still too long."""
    prefix, room = f'{code} · ', 255 - len(code) - 3 - 3
    if len(name_kk) + len(name_ru) <= room:
        return f'{prefix}{name_kk} / {name_ru}'
    ru = shorten(name_ru, max(room - len(name_kk), min(len(name_ru), 100)))
    return f'{prefix}{shorten(name_kk, room - len(ru))} / {ru}'


def spine(process_key, name_kk, name_ru, doc, information_channel=None):
    code = process_key.split('-')[0].upper()
    name = process_name(code, name_kk, name_ru)
    m = Model(process_key, name, startable=True, doc=doc)
    event(m, 'startEvent', 'StartEvent_ApplicationSubmitted', 'Өтініш берілді / Заявление подано', 150, 200,
          body=ext('<camunda:executionListener delegateExpression="${applicationStart}" event="start" />'),
          attrs={'camunda:formRef': 'submit-application', 'camunda:formRefBinding': 'deployment'})
    first = 'CallActivity_Intake'
    if information_channel:
        gateway(m, 'Gateway_InformationRequest', 'Ақпарат сұрауы ма? / Запрос сведений?', 250, 200,
                default='Flow_ToIntake')
        service(m, 'ServiceTask_AnswerInformation', 'Ақпаратты автоматты түрде беру / Автоматически выдать сведения',
                390, 340, expression='${informationRequests.answer(execution)}')
        event(m, 'endEvent', 'EndEvent_Answered', 'Жауап берілді / Ответ дан', 540, 340)
    call(m, 'CallActivity_Intake', 'Құжаттарды қабылдау / Приём документов', 390, 200, 'common-intake',
         INTAKE_IN, INTAKE_OUT)
    gateway(m, 'Gateway_Accepted', 'Қабылданды ма? / Принято?', 530, 200, default='Flow_ToReview')
    event(m, 'endEvent', 'EndEvent_RefusedToAccept', 'Қабылданбады / Отказано в приёме', 530, 340)
    call(m, 'CallActivity_Review', 'Өтінішті мерзімінде қарау / Рассмотрение заявления в срок', 670, 200,
         'common-statutory-review', REVIEW_IN, REVIEW_OUT)
    gateway(m, 'Gateway_Withdrawn', 'Кері қайтарылды ма? / Отозвано?', 810, 200, default='Flow_ToResult')
    service(m, 'ServiceTask_MarkWithdrawn', 'Кері қайтарылды деп жабу / Закрыть как отозванное', 810, 340,
            expression="${applicationProgress.status(execution, 'WITHDRAWN')}")
    event(m, 'endEvent', 'EndEvent_Withdrawn', 'Кері қайтарылды / Отозвано', 960, 340)
    call(m, 'CallActivity_ResultDelivery', 'Нәтижені беру / Выдача результата', 950, 200, 'common-result-delivery',
         RESULT_IN, RESULT_OUT)
    gateway(m, 'Gateway_Result', 'Нәтиже? / Результат?', 1090, 200, default='Flow_ToRefused')
    event(m, 'endEvent', 'EndEvent_Granted', 'Көрсетілді / Услуга оказана', 1200, 120)
    event(m, 'endEvent', 'EndEvent_Refused', 'Бас тартылды / Отказано', 1200, 280)
    if information_channel:
        m.flow('Flow_ToChannel', 'StartEvent_ApplicationSubmitted', 'Gateway_InformationRequest')
        m.flow('Flow_InformationRequest', 'Gateway_InformationRequest', 'ServiceTask_AnswerInformation',
               name='портал: ақпарат / портал: сведения', condition=f"${{channel == '{information_channel}'}}")
        m.flow('Flow_ToIntake', 'Gateway_InformationRequest', 'CallActivity_Intake', name='өтініш / заявление')
        m.flow('Flow_ToAnswered', 'ServiceTask_AnswerInformation', 'EndEvent_Answered')
    else:
        m.flow('Flow_ToIntake', 'StartEvent_ApplicationSubmitted', 'CallActivity_Intake')
    m.flow('Flow_ToAccepted', 'CallActivity_Intake', 'Gateway_Accepted')
    m.flow('Flow_NotAccepted', 'Gateway_Accepted', 'EndEvent_RefusedToAccept', name='жоқ / нет',
           condition="${status == 'REFUSED_TO_ACCEPT'}")
    m.flow('Flow_ToReview', 'Gateway_Accepted', 'CallActivity_Review', name='иә / да')
    m.flow('Flow_ToWithdrawn', 'CallActivity_Review', 'Gateway_Withdrawn')
    m.flow('Flow_Withdrawn', 'Gateway_Withdrawn', 'ServiceTask_MarkWithdrawn', name='иә / да',
           condition="${decision == 'withdraw'}")
    m.flow('Flow_ToWithdrawnEnd', 'ServiceTask_MarkWithdrawn', 'EndEvent_Withdrawn')
    m.flow('Flow_ToResult', 'Gateway_Withdrawn', 'CallActivity_ResultDelivery', name='жоқ / нет')
    m.flow('Flow_ToResultGateway', 'CallActivity_ResultDelivery', 'Gateway_Result')
    m.flow('Flow_ToGranted', 'Gateway_Result', 'EndEvent_Granted', name='көрсетілді / оказано',
           condition="${status == 'GRANTED'}")
    m.flow('Flow_WithdrawnAfterDecision', 'Gateway_Result', 'EndEvent_Withdrawn', name='кері қайтарылды / отозвано',
           condition="${status == 'WITHDRAWN'}", waypoints=[(1090, 225), (1090, 400), (960, 400), (960, 358)])
    m.flow('Flow_ToRefused', 'Gateway_Result', 'EndEvent_Refused', name='бас тартылды / отказано')
    return m



