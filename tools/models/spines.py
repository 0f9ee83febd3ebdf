from bpmngen import *
from blocks import APP, REVIEW_IN, REVIEW_OUT, service, gateway, event

INTAKE_IN = APP + ['applicantFlags', 'documentsSubmitted']
INTAKE_OUT = ['requiredDocuments', 'missingDocuments', 'packageComplete', 'status', 'intakeGroup', 'reviewerGroup',
              'statutoryDueDate', 'originalDueDate', 'reminderDate', 'reviewDueDate', 'resultDueDate']
RESULT_IN = APP + ['intakeGroup', 'reviewerGroup', 'decision', 'refusalGround', 'decisionComment', 'statutoryDueDate',
                   'reminderDate', 'reviewDueDate', 'resultDueDate', 'termExtensions', 'errorCorrections',
                   'documentsRequestedAt',
                   'documentsArrivedAt']
RESULT_OUT = ['status', 'resultPublishedAt']


def call(m, id, name, x, y, block, ins, outs):
    return m.add(El('callActivity', id, name, x, y,
                    attrs={'calledElement': block, 'camunda:calledElementBinding': 'deployment'},
                    body=ext(*mapping(ins, outs))))


def spine(process_key, name_kk, name_en, doc, information_channel=None):
    code = process_key.split('-')[0].upper()
    # The engine keeps names in 255 characters: both languages where they fit, else one.
    name = next(n for n in (f'{code} · {name_kk} / {name_en}', f'{code} · {name_kk}', f'{code} · {name_en}',
                            f'{code} · {name_kk}'[:255]) if len(n) <= 255)
    m = Model(process_key, name, startable=True, doc=doc)
    event(m, 'startEvent', 'StartEvent_ApplicationSubmitted', 'Өтініш берілді / Application submitted', 150, 200,
          body=ext('<camunda:executionListener delegateExpression="${applicationStart}" event="start" />'),
          attrs={'camunda:formRef': 'submit-application', 'camunda:formRefBinding': 'deployment'})
    first = 'CallActivity_Intake'
    if information_channel:
        gateway(m, 'Gateway_InformationRequest', 'Ақпарат сұрауы ма? / Information request?', 250, 200,
                default='Flow_ToIntake')
        service(m, 'ServiceTask_AnswerInformation', 'Ақпарат беру / Answer the information request automatically',
                390, 340, expression='${informationRequests.answer(execution)}')
        event(m, 'endEvent', 'EndEvent_Answered', 'Жауап берілді / Answered', 540, 340)
    call(m, 'CallActivity_Intake', 'Құжаттарды қабылдау / Take the package in', 390, 200, 'common-intake',
         INTAKE_IN, INTAKE_OUT)
    gateway(m, 'Gateway_Accepted', 'Қабылданды ма? / Accepted?', 530, 200, default='Flow_ToReview')
    event(m, 'endEvent', 'EndEvent_RefusedToAccept', 'Қабылданбады / Refused to accept', 530, 340)
    call(m, 'CallActivity_Review', 'Өтінішті мерзімінде қарау / Review within the statutory term', 670, 200,
         'common-statutory-review', REVIEW_IN, REVIEW_OUT)
    gateway(m, 'Gateway_Withdrawn', 'Кері қайтарылды ма? / Withdrawn?', 810, 200, default='Flow_ToResult')
    service(m, 'ServiceTask_MarkWithdrawn', 'Кері қайтарылды / Close as withdrawn', 810, 340,
            expression="${applicationProgress.status(execution, 'WITHDRAWN')}")
    event(m, 'endEvent', 'EndEvent_Withdrawn', 'Кері қайтарылды / Withdrawn', 960, 340)
    call(m, 'CallActivity_ResultDelivery', 'Нәтижені беру / Deliver the result', 950, 200, 'common-result-delivery',
         RESULT_IN, RESULT_OUT)
    gateway(m, 'Gateway_Result', 'Нәтиже? / Result?', 1090, 200, default='Flow_ToRefused')
    event(m, 'endEvent', 'EndEvent_Granted', 'Көрсетілді / Granted', 1200, 120)
    event(m, 'endEvent', 'EndEvent_Refused', 'Бас тартылды / Refused', 1200, 280)
    if information_channel:
        m.flow('Flow_ToChannel', 'StartEvent_ApplicationSubmitted', 'Gateway_InformationRequest')
        m.flow('Flow_InformationRequest', 'Gateway_InformationRequest', 'ServiceTask_AnswerInformation',
               name='портал: ақпарат / portal: information', condition=f"${{channel == '{information_channel}'}}")
        m.flow('Flow_ToIntake', 'Gateway_InformationRequest', 'CallActivity_Intake', name='өтініш / application')
        m.flow('Flow_ToAnswered', 'ServiceTask_AnswerInformation', 'EndEvent_Answered')
    else:
        m.flow('Flow_ToIntake', 'StartEvent_ApplicationSubmitted', 'CallActivity_Intake')
    m.flow('Flow_ToAccepted', 'CallActivity_Intake', 'Gateway_Accepted')
    m.flow('Flow_NotAccepted', 'Gateway_Accepted', 'EndEvent_RefusedToAccept', name='жоқ / no',
           condition="${status == 'REFUSED_TO_ACCEPT'}")
    m.flow('Flow_ToReview', 'Gateway_Accepted', 'CallActivity_Review', name='иә / yes')
    m.flow('Flow_ToWithdrawn', 'CallActivity_Review', 'Gateway_Withdrawn')
    m.flow('Flow_Withdrawn', 'Gateway_Withdrawn', 'ServiceTask_MarkWithdrawn', name='иә / yes',
           condition="${decision == 'withdraw'}")
    m.flow('Flow_ToWithdrawnEnd', 'ServiceTask_MarkWithdrawn', 'EndEvent_Withdrawn')
    m.flow('Flow_ToResult', 'Gateway_Withdrawn', 'CallActivity_ResultDelivery', name='жоқ / no')
    m.flow('Flow_ToResultGateway', 'CallActivity_ResultDelivery', 'Gateway_Result')
    m.flow('Flow_ToGranted', 'Gateway_Result', 'EndEvent_Granted', name='көрсетілді / granted',
           condition="${status == 'GRANTED'}")
    m.flow('Flow_WithdrawnAfterDecision', 'Gateway_Result', 'EndEvent_Withdrawn', name='кері қайтарылды / withdrawn',
           condition="${status == 'WITHDRAWN'}", waypoints=[(1090, 225), (1090, 400), (960, 400), (960, 358)])
    m.flow('Flow_ToRefused', 'Gateway_Result', 'EndEvent_Refused', name='бас тартылды / refused')
    return m





def s13(process_key, name_kk, name_en, doc):
    """Standard 13: the spine, and the compensation (annex 1), which the decree pays on the regional
    schedule (p. 4(1)) rather than within a term: after intake the ZTMO specialists record the
    payment (p. 6, at ZTMO), with no due date, no timer and no breach."""
    m = spine(process_key, name_kk, name_en, doc + ' The compensation case goes from intake to the ZTMO '
              'payment on the regional schedule (p. 4(1), p. 6): no statutory term.')
    m.add(El('userTask', 'UserTask_PayCompensation', 'Өтемақыны төлеу / Pay the compensation on the schedule',
             670, 60, attrs={'camunda:candidateGroups': 'ztmo-specialists',
                             'camunda:formRef': 'record-compensation-payment',
                             'camunda:formRefBinding': 'deployment'},
             body=ext(task_listener())))
    service(m, 'ServiceTask_CompensationPaid', 'Төленді / Close as paid', 950, 60,
            expression="${applicationProgress.status(execution, 'GRANTED')}")
    event(m, 'endEvent', 'EndEvent_CompensationPaid', 'Өтемақы төленді / Compensation paid', 1200, 40)
    m.flow('Flow_ToCompensation', 'Gateway_Accepted', 'UserTask_PayCompensation', name='өтемақы / compensation',
           condition="${status != 'REFUSED_TO_ACCEPT' && caseType == 'compensation'}")
    m.flow('Flow_ToCompensationPaid', 'UserTask_PayCompensation', 'ServiceTask_CompensationPaid')
    m.flow('Flow_ToCompensationPaidEnd', 'ServiceTask_CompensationPaid', 'EndEvent_CompensationPaid')
    return m


# Standards whose spine has a shape of its own (generate.py).
OWN_SPINES = {13: s13}
