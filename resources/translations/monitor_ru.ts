<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="+105"/>
        <source>Add a contact</source>
        <translation>Добавление контакта</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file says it is %1.</source>
        <translation>Согласно файлу, это %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint:</source>
        <translation>Отпечаток ключа:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before you trust files from this contact, read the fingerprint to them by phone or in person, and mark the contact verified when both agree.</source>
        <translation>Прежде чем доверять файлам от этого контакта, зачитайте ему отпечаток по телефону или сверьте его при встрече и отметьте контакт как проверенный, если отпечатки совпадают.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep as</source>
        <translation>Имя контакта</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add contact</source>
        <translation>Добавить контакт</translation>
    </message>
</context>
<context>
    <name>AllegationParts</name>
    <message>
        <location filename="../../ui/editors/allegation_parts.py" line="+44"/>
        <location line="+144"/>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+137"/>
        <source>Alleged perpetrator</source>
        <translation>Предполагаемый исполнитель</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Witness</source>
        <translation>Свидетель</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Save the allegation first; then add to it here.</source>
        <translation>Сначала сохраните нарушение, затем добавляйте сюда.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Add victim</source>
        <translation>Добавить пострадавшего</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add alleged perpetrator</source>
        <translation>Добавить предполагаемого исполнителя</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Often unidentified: create a person such as &quot;masked special forces officer&quot; with what is known.</source>
        <translation>Часто личность не установлена: создайте лицо, например «сотрудник спецподразделения в маске», и укажите то, что известно.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+143"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Type a name or pseudonym…</source>
        <translation>Введите имя или псевдоним…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of perpetrator</source>
        <translation>Тип исполнителя</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+71"/>
        <source>Involvement</source>
        <translation>Форма участия</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This person is already linked in this role.</source>
        <translation>Это лицо уже указано в этой роли.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not save: {error}</source>
        <translation>Не удалось сохранить: {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name or pseudonym</source>
        <translation>Имя или псевдоним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency, unit, position, rank</source>
        <translation>Ведомство, подразделение, должность, звание</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add victim…</source>
        <translation>Добавить пострадавшего…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add perpetrator…</source>
        <translation>Добавить исполнителя…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+88"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Unlink the selected person from this allegation</source>
        <translation>Убрать выбранное лицо из этого нарушения</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove {name} ({role}) from this allegation? The person stays in the file, and the link stays in the history.</source>
        <translation>Убрать {name} ({role}) из этого нарушения? Лицо останется в хранилище, а связь сохранится в истории.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove person</source>
        <translation>Убрать лицо</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examiner</source>
        <translation>Эксперт, врач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Istanbul Protocol</source>
        <translation>Стамбульский протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add…</source>
        <translation>Добавить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a medical examination</source>
        <translation>Добавить медицинское освидетельствование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New medical examination</source>
        <translation>Новое медицинское освидетельствование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical examination</source>
        <translation>Медицинское освидетельствование</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove medical examination</source>
        <translation>Удаление освидетельствования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this medical examination from the allegation? It stays in the history.</source>
        <translation>Удалить это освидетельствование из нарушения? Оно останется в истории.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ui/case_view.py" line="+491"/>
        <source>Generate dossier…</source>
        <translation>Сформировать досье…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the case dossier as PDF (Ctrl+P)</source>
        <translation>Сформировать досье по делу в PDF (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Victim: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Пострадавший: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risk: {level}</source>
        <translation>Риск: {level}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n day(s) since the first complaint</source>
        <translation>
            <numerusform>%n день с первой жалобы</numerusform>
            <numerusform>%n дня с первой жалобы</numerusform>
            <numerusform>%n дней с первой жалобы</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} since the first complaint</source>
        <translation>с первой жалобы прошло {days}</translation>
    </message>
</context>
<context>
    <name>CaseStatusHistory</name>
    <message>
        <location filename="../../ui/case_status.py" line="+31"/>
        <source>Status changed on</source>
        <translation>Дата смены статуса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the new status took effect (&quot;March 2014&quot; will do); empty: the closing day for a closure, else today. The earlier statuses stay in the history below.</source>
        <translation>Когда новый статус вступил в силу (можно «март 2014»); если пусто — день закрытия для закрытого дела, иначе сегодняшний день. Прежние статусы остаются в истории ниже.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status history</source>
        <translation>История статуса</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No status recorded yet.</source>
        <translation>Статус ещё не указан.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status} (reopened)</source>
        <translation>{status} (возобновлено)</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="+34"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allegation</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add allegation</source>
        <translation>Добавить нарушение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick an allegation on the left, or add one.</source>
        <translation>Выберите нарушение слева или добавьте новое.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete allegation…</source>
        <translation>Удалить нарушение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected allegation from the case? It stays in the history.</source>
        <translation>Удалить выбранное нарушение из дела? Оно останется в истории.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of the case there</source>
        <translation>Участники дела на посещении</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visits where the allegations were heard, reprisals happened or people of this case were interviewed or on the visit team. Double-click to open.</source>
        <translation>Посещения, на которых сообщили о нарушениях, произошли преследования, проводились беседы с лицами по этому делу или эти лица входили в группу посещения. Двойной щелчок открывает посещение.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Overview</source>
        <translation>Общие сведения</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <source>People and roles</source>
        <translation>Лица и роли</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+49"/>
        <source>Allegations</source>
        <translation>Нарушения</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Complaint timeline</source>
        <translation>Ход жалоб</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custody</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Reprisals</source>
        <translation>Преследования</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+48"/>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>History</source>
        <translation>История</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This case could not be opened.</source>
        <translation>Не удалось открыть дело.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dossier is made from what is saved. Save your changes first?</source>
        <translation>Досье формируется из сохранённых данных. Сначала сохранить изменения?</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/list_models.py" line="+44"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened</source>
        <translation>Открыто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late answers</source>
        <translation>Проср. ответы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of visit</source>
        <translation>Вид посещения</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews</source>
        <translation>Беседы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Designation</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя, название</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity</source>
        <translation>Лимит</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Посещ.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprisal</source>
        <translation>Преследование</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Against</source>
        <translation>В отношении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days late</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <location filename="../../ui/case_view.py" line="-439"/>
        <source>Add complaint…</source>
        <translation>Добавить жалобу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add step…</source>
        <translation>Добавить этап…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit step…</source>
        <translation>Изменить этап…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Ответ получен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days in stage</source>
        <translation>Дней на этапе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>Дней просрочки</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Steps</source>
        <translation>Этапы</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n жалоба</numerusform>
            <numerusform>%n жалобы</numerusform>
            <numerusform>%n жалоб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n late answer(s)</source>
        <translation>
            <numerusform>%n ответ с опозданием</numerusform>
            <numerusform>%n ответа с опозданием</numerusform>
            <numerusform>%n ответов с опозданием</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue now</source>
        <translation>
            <numerusform>сейчас просрочено: %n</numerusform>
            <numerusform>сейчас просрочено: %n</numerusform>
            <numerusform>сейчас просрочено: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New complaint</source>
        <translation>Новая жалоба</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New complaint step</source>
        <translation>Новый этап жалобы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Complaint step</source>
        <translation>Этап жалобы</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../ui/exchange_view.py" line="+512"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Кем изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This store (mine)</source>
        <translation>Это хранилище (моё)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received (theirs)</source>
        <translation>Полученное (их)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take mine</source>
        <translation>Оставить моё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Принять их</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts wait for a decision.</source>
        <translation>Конфликтов, ждущих решения, нет.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Deleted or kept</source>
        <translation>Удалена или сохранена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted</source>
        <translation>удалена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept</source>
        <translation>сохранена</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(пусто)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this store</source>
        <translation>это хранилище</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="-64"/>
        <source>Create this store&apos;s identity</source>
        <translation>Создание удостоверения хранилища</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your contacts will see this name and organisation when they add you and when they merge a file from you. The private keys stay inside this encrypted store.</source>
        <translation>Это имя и организацию увидят ваши контакты, когда добавят вас и когда будут объединять присланный вами файл. Закрытые ключи остаются внутри этого зашифрованного хранилища.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name (required)</source>
        <translation>Имя (обязательно)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
</context>
<context>
    <name>CreateStoreDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="+246"/>
        <source>Create a store — Monitor</source>
        <translation>Создание хранилища — Monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Создать</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="+111"/>
        <source>Suggest a passphrase</source>
        <translation>Предложить парольную фразу</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="+4"/>
        <source>The passphrase cannot be recovered: without it the store cannot be read by anyone, including you. Prefer several words.</source>
        <translation>Парольную фразу невозможно восстановить: без неё никто, включая вас, не сможет прочитать хранилище. Лучше взять несколько слов.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>New store file</source>
        <translation>Файл нового хранилища</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat the passphrase</source>
        <translation>Повторите парольную фразу</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="-81"/>
        <source>Type a passphrase; spaces alone do not count.</source>
        <translation>Введите парольную фразу; одни пробелы не считаются.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too short: use at least %1 characters (several words are best).</source>
        <translation>Слишком коротко: нужно не меньше %1 символов (лучше всего несколько слов).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too easy to guess (strength %1 of 4, at least %2 needed): add words, or use a suggested passphrase.</source>
        <translation>Слишком легко угадать (надёжность %1 из 4, нужно не меньше %2): добавьте слова или возьмите предложенную парольную фразу.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Strength %1 of 4: good.</source>
        <translation>Надёжность %1 из 4: хорошо.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>A suggested passphrase of six random English words is in both fields. Learn it or write it down and keep it apart from the laptop: it cannot be recovered.</source>
        <translation>В оба поля вписана предложенная парольная фраза из шести случайных английских слов. Выучите её или запишите и храните отдельно от ноутбука: восстановить её невозможно.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="+5"/>
        <source>Create a store</source>
        <translation>Создать хранилище</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="+34"/>
        <source>Type a passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="+13"/>
        <source>That file already exists; choose another name.</source>
        <translation>Такой файл уже есть; выберите другое имя.</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../../ui/case_custody.py" line="+70"/>
        <source>The arrest and the safeguards of the first hours: registration, lawyer, doctor, family. Double-click to open.</source>
        <translation>Задержание и гарантии первых часов: регистрация, адвокат, врач, уведомление родственников. Двойной щелчок открывает запись.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add arrest…</source>
        <translation>Добавить задержание…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrested</source>
        <translation>Задержан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First lawyer</source>
        <translation>Первый доступ к адвокату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours without a lawyer</source>
        <translation>Время без адвоката</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/editors/custody.py" line="+85"/>
        <source>Register number</source>
        <translation>Номер ЕРДР / КУИ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not recorded</source>
        <translation>не записано</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../ui/editors/custody.py" line="+118"/>
        <source>Arrest and custody</source>
        <translation>Задержание и содержание под стражей</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/editors/custody.py" line="-1"/>
        <source>New arrest and custody record</source>
        <translation>Новая запись о задержании</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the selected arrest from the case? It stays in the history.</source>
        <translation>Удалить выбранное задержание из дела? Оно останется в истории.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../ui/editors/custody.py" line="-166"/>
        <source>HH:MM; empty if not known</source>
        <translation>ЧЧ:ММ; пусто, если неизвестно</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the time as HH:MM, e.g. 10:30, or leave it empty.</source>
        <translation>Укажите время как ЧЧ:ММ, например 10:30, или оставьте поле пустым.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>Время</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>given</source>
        <translation>предоставлен</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrest</source>
        <translation>Задержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each moment as the record or the person gives it: a day, a month or &quot;about&quot;; the time only when it is known.</source>
        <translation>Каждый момент — так, как его называют документ или сам человек: день, месяц или «около»; время — только если оно известно.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detained person</source>
        <translation>Задержанный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or pseudonym…</source>
        <translation>Введите имя или псевдоним…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of detention</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual arrest</source>
        <translation>Фактическое задержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration of the detention</source>
        <translation>Оформление задержания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol drawn up</source>
        <translation>Протокол составлен</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERDR or KUI number</source>
        <translation>номер ЕРДР или КУИ</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access to a lawyer</source>
        <translation>Доступ к адвокату</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>First access</source>
        <translation>Первый доступ</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Of their own choice</source>
        <translation>По собственному выбору</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Doctor</source>
        <translation>Врач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access to a doctor</source>
        <translation>Доступ к врачу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family</source>
        <translation>Родственники</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family informed</source>
        <translation>Родственники уведомлены</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informed on</source>
        <translation>Дата уведомления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of police custody</source>
        <translation>Окончание содержания в полиции</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released or handed over</source>
        <translation>Освобождён или передан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Подозрение и обвинение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspicion or charges</source>
        <translation>Подозрение или обвинение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Статья</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Registered {hours} after the arrest.</source>
        <translation>Протокол составлен через {hours} после задержания.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over the 3 hours of Art. 131 of the 2014 Code of Criminal Procedure.</source>
        <translation>Более 3 часов, установленных ст. 131 УПК 2014 г.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possibly over the 3 hours of Art. 131 of the 2014 Code of Criminal Procedure.</source>
        <translation>Возможно, более 3 часов, установленных ст. 131 УПК 2014 г.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hours without a lawyer: {hours}.</source>
        <translation>Время без адвоката: {hours}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No lawyer until release.</source>
        <translation>Без адвоката до освобождения.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is before the arrest.</source>
        <translation>Это раньше задержания.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A time needs a whole day; give the day or leave the time empty.</source>
        <translation>Время имеет смысл только при известном дне: укажите день или оставьте время пустым.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../ui/list_models.py" line="+330"/>
        <source>Overdue</source>
        <translation>Истёк</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Истекает</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines.py" line="+25"/>
        <source>%1 overdue, %2 due within 7 days</source>
        <translation>Просрочено: %1; срок в ближайшие 7 дней: %2</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location line="+39"/>
        <source>Complaint steps still waiting for an answer: overdue first, then due within 7 days. Open a row to see the case at that step.</source>
        <translation>Жалобы, по которым ждут ответа: сначала просроченные, затем со сроком в ближайшие 7 дней. Откройте строку, чтобы увидеть дело на этом этапе.</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../ui/detail.py" line="+86"/>
        <source>Unsaved changes</source>
        <translation>Несохранённые изменения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record has changes that are not saved yet.</source>
        <translation>В записи есть несохранённые изменения.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them before leaving?</source>
        <translation>Сохранить их, прежде чем уйти?</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The record was not saved, so it stays open: correct what is marked, or discard the changes.</source>
        <translation>Запись не сохранена, поэтому она остаётся открытой: исправьте отмеченное или откажитесь от изменений.</translation>
    </message>
</context>
<context>
    <name>DisputedBanner</name>
    <message numerus="yes">
        <location filename="../../ui/exchange_view.py" line="+269"/>
        <source>Disputed: %n field(s) of this record were changed differently in another store. It shows one value until someone chooses in Exchange, Conflicts.</source>
        <translation>
            <numerusform>Спорная запись: %n поле этой записи в другом хранилище изменено иначе. Пока кто-нибудь не выберет значение в разделе «Обмен», «Конфликты», показано одно из них.</numerusform>
            <numerusform>Спорная запись: %n поля этой записи в другом хранилище изменены иначе. Пока кто-нибудь не выберет значение в разделе «Обмен», «Конфликты», показано одно из них.</numerusform>
            <numerusform>Спорная запись: %n полей этой записи в другом хранилище изменены иначе. Пока кто-нибудь не выберет значение в разделе «Обмен», «Конфликты», показано одно из них.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location line="-235"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maybe the same as</source>
        <translation>Возможно, совпадает с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Почему</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First record</source>
        <translation>Первая запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second record</source>
        <translation>Вторая запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into one</source>
        <translation>Объединить в одну</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the same</source>
        <translation>Это разные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No likely duplicates wait for a decision.</source>
        <translation>Возможных дубликатов, ждущих решения, нет.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Not merged</source>
        <translation>Не объединено</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <location filename="../../ui/editors/pickers.py" line="+87"/>
        <source>New record</source>
        <translation>Новая запись</translation>
    </message>
    <message>
        <location filename="../../ui/editors/kinds.py" line="+40"/>
        <source>At least one of name, pseudonym or code.</source>
        <translation>Нужно хотя бы одно: ФИО, псевдоним или код.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+130"/>
        <location line="+67"/>
        <source>Place of detention</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Designation</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. AK-159/6</source>
        <translation>напр., АК-159/6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of place</source>
        <translation>Вид учреждения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regime</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authority</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Местонахождение</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+72"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Capacity and mandates</source>
        <translation>Лимит и мандаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Лимит наполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPM mandate</source>
        <translation>Мандат НПМ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPM may visit this place</source>
        <translation>НПМ вправе посещать это учреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PMC mandate</source>
        <translation>Мандат ОНК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PMC may visit this place</source>
        <translation>ОНК вправе посещать это учреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+65"/>
        <location line="+57"/>
        <location line="+166"/>
        <location line="+56"/>
        <location line="+165"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="-505"/>
        <location filename="../../ui/editors/pickers.py" line="-62"/>
        <source>New place of detention</source>
        <translation>Новое место содержания</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other spellings</source>
        <translation>Другие написания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per line: other spellings, aliases, initials</source>
        <translation>по одному в строке: другие написания, прозвища, инициалы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used in anything that leaves the lawyer&apos;s hands</source>
        <translation>подставляется во всё, что передаётся дальше адвоката</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also</source>
        <translation>Также</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other categories: a relative who is also the lawyer.</source>
        <translation>Другие категории: например, родственник, который также является адвокатом.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent and risk</source>
        <translation>Согласие и риск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Согласие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to record their account</source>
        <translation>на запись рассказа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to share it with a lawyer</source>
        <translation>на передачу адвокату</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to publish it</source>
        <translation>на публикацию</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to refer it to the UN</source>
        <translation>на обращение в ООН</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <location line="+330"/>
        <source>Risk level</source>
        <translation>Уровень риска</translation>
    </message>
    <message>
        <location line="-386"/>
        <source>Official</source>
        <translation>Должностное лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For alleged perpetrators and other officials.</source>
        <translation>Для предполагаемых исполнителей и других должностных лиц.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified</source>
        <translation>Установлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity known</source>
        <translation>личность установлена</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a group of unidentified people, e.g. &quot;masked internal troops&quot;</source>
        <translation>группа неустановленных лиц, например «военнослужащие внутренних войск в масках»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number in the group</source>
        <translation>Численность группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About how many; leave empty when the number is unknown.</source>
        <translation>Примерно сколько человек; оставьте пустым, если число неизвестно.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give a name, a pseudonym or a code.</source>
        <translation>Укажите ФИО, псевдоним или код.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/editors/pickers.py" line="+1"/>
        <source>New person</source>
        <translation>Новое лицо</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+346"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Victim and place</source>
        <translation>Пострадавший и место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name or pseudonym…</source>
        <translation>Введите имя или псевдоним…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates</source>
        <translation>Даты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../ui/editors/pickers.py" line="+1"/>
        <source>New case</source>
        <translation>Новое дело</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+272"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+79"/>
        <location line="+180"/>
        <location line="+103"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>In one line</source>
        <translation>Кратко</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Обстоятельства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When and where</source>
        <translation>Когда и где</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty for a single date.</source>
        <translation>Оставьте пустым, если дата одна.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of location</source>
        <translation>Место происшествия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where exactly</source>
        <translation>Где именно</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How and why</source>
        <translation>Как и зачем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Injuries</source>
        <translation>Повреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Victims and alleged perpetrators</source>
        <translation>Пострадавшие и предполагаемые исполнители</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added and removed at once; double-click a person to edit them.</source>
        <translation>Добавляются и убираются сразу; двойной щелчок по лицу открывает его карточку.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Medical evidence</source>
        <translation>Медицинские доказательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forensic and independent examinations, prison medical records.</source>
        <translation>Судебно-медицинские и независимые освидетельствования, медицинские документы учреждения.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving the allegation adds the case&apos;s victim to it as a victim; then add the others here.</source>
        <translation>При сохранении нарушения к нему добавляется пострадавший по делу; остальных участников добавьте здесь после этого.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is before the start date.</source>
        <translation>Эта дата раньше даты начала.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../ui/editors/pickers.py" line="+1"/>
        <source>New allegation</source>
        <translation>Новое нарушение</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Medical examination</source>
        <translation>Медицинское освидетельствование</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+75"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Examiner</source>
        <translation>Эксперт, врач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. forensic expert of the regional bureau</source>
        <translation>напр., судмедэксперт областного бюро</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Istanbul Protocol</source>
        <translation>Стамбульский протокол</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the examination follows the Istanbul Protocol.</source>
        <translation>Проведено ли освидетельствование по Стамбульскому протоколу.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/editors/pickers.py" line="+1"/>
        <source>New medical examination</source>
        <translation>Новое медицинское освидетельствование</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to</source>
        <translation>Куда подана</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Суть жалобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed on</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new complaint starts its timeline with a &quot;Complaint filed&quot; step on this date.</source>
        <translation>Ход новой жалобы начнётся с этапа «Подана жалоба» этой датой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complainant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the allegation</source>
        <translation>По нарушению</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Reference number</source>
        <translation>Номер регистрации</translation>
    </message>
    <message>
        <location line="-28"/>
        <location filename="../../ui/editors/pickers.py" line="+1"/>
        <source>New complaint</source>
        <translation>Новая жалоба</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Procedural step</source>
        <translation>Процессуальный этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answer</source>
        <translation>Ответ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filled in from the usual term for this step and body; change it if the law or the letter says otherwise.</source>
        <translation>Заполнено по обычному сроку для этого этапа и органа; измените, если закон или письмо устанавливают иной срок.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered on</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The answer cannot come before the step itself.</source>
        <translation>Ответ не может быть раньше самого этапа.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../ui/editors/pickers.py" line="+1"/>
        <source>New complaint step</source>
        <translation>Новый этап жалобы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reprisal</source>
        <translation>Преследование</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Against</source>
        <translation>В отношении</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By whom</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provoked by</source>
        <translation>Повод</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allegation</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To pressure</source>
        <translation>Цель давления</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person the pressure is aimed at, when it is not the person targeted (a brother ill-treated to silence his sister).</source>
        <translation>Человек, на которого на самом деле направлено давление, если это не тот, против кого совершено преследование (брата избивают, чтобы заставить замолчать сестру).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transferred to</source>
        <translation>Куда переведён</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proceedings and outcome</source>
        <translation>Производство и итог</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A conviction follows the prosecution, an appeal the conviction: pick the event this one follows.</source>
        <translation>Приговор следует за уголовным преследованием, апелляция — за приговором: укажите событие, за которым следует это.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follows</source>
        <translation>Следует за</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sentence</source>
        <translation>Наказание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 3 years in a general-regime colony</source>
        <translation>например, 3 года в колонии общего режима</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A reprisal cannot follow itself.</source>
        <translation>Событие не может следовать само за собой.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/editors/pickers.py" line="+1"/>
        <source>New reprisal</source>
        <translation>Новый случай преследования</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Response</source>
        <translation>Реагирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action taken</source>
        <translation>Принятые меры</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response to the reprisal</source>
        <translation>Реагирование на преследование</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/editors/pickers.py" line="+1"/>
        <source>New response</source>
        <translation>Новая мера реагирования</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken or written</source>
        <translation>Дата создания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave out of pseudonymised dossiers</source>
        <translation>не включать в обезличенные досье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity</source>
        <translation>Целостность</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SHA-256: {hash}</source>
        <translation>SHA-256: {hash}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size: {size} bytes, {type}</source>
        <translation>Размер: {size} байт, {type}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo metadata (such as GPS) was removed at intake.</source>
        <translation>Метаданные фото (например, GPS) удалены при добавлении.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+88"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Отменено; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passphrase, or the file is not a Monitor store. Try again.</source>
        <translation>Неверная парольная фраза, или файл не является хранилищем Monitor. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a Monitor store, or it is missing or empty. Choose another file.</source>
        <translation>Этот файл не является хранилищем Monitor, либо его нет или он пуст. Выберите другой файл.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This store was written by a newer version of Monitor. Update Monitor to open it.</source>
        <translation>Это хранилище записано более новой версией Monitor. Обновите Monitor, чтобы открыть его.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store can only be read here (it is open in another program, or its file cannot be written): nothing was saved.</source>
        <translation>Хранилище здесь доступно только для чтения (оно открыто в другой программе или его файл недоступен для записи): ничего не сохранено.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store is in use by another Monitor window or program. Close it and try again.</source>
        <translation>Хранилище занято другим окном Monitor или другой программой. Закройте его и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk was full: this change was not saved; what was saved before stays in the store. {mount} now has {free} MB free: try again.</source>
        <translation>Диск был заполнен: это изменение не сохранено; сохранённое раньше остаётся в хранилище. Теперь на {mount} свободно {free} МБ: попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full: this change was not saved; what was saved before stays in the store. {mount} has {free} MB free and the store&apos;s log holds {wal} MB. Free at least {need} MB on {mount} and try again.</source>
        <translation>Диск заполнен: это изменение не сохранено; сохранённое раньше остаётся в хранилище. На {mount} свободно {free} МБ, а журнал хранилища занимает {wal} МБ. Освободите на {mount} не менее {need} МБ и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Диск заполнен. Освободите место и попробуйте ещё раз; ничего не изменено.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file no longer matches the SHA-256 taken when it was added: the store is damaged. Nothing was shown; restore the store from a backup.</source>
        <translation>Файл больше не совпадает с SHA-256, снятым при его добавлении: хранилище повреждено. Файл не показан; восстановите хранилище из резервной копии.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is damaged, or it is not a Monitor store. If it is your store, restore it from a backup.</source>
        <translation>Файл повреждён или не является хранилищем Monitor. Если это ваше хранилище, восстановите его из резервной копии.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That file already exists. Choose another name.</source>
        <translation>Такой файл уже существует. Выберите другое имя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This installation lacks SQLCipher 4, which keeps the store encrypted. Reinstall Monitor.</source>
        <translation>В этой установке нет SQLCipher 4, который шифрует хранилище. Переустановите Monitor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store could not do this; nothing was changed. Try again.</source>
        <translation>Хранилище не смогло выполнить действие; ничего не изменено. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This record was changed elsewhere after you opened it. Reload it, then make your change again.</source>
        <translation>Эту запись изменили в другом месте после того, как вы её открыли. Загрузите её заново и внесите изменение ещё раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This record no longer exists: it may have been deleted.</source>
        <translation>Этой записи больше нет: возможно, её удалили.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some values cannot be saved ({fields}). Correct them and save again.</source>
        <translation>Некоторые значения нельзя сохранить ({fields}). Исправьте их и сохраните ещё раз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monitor is not allowed to use this file or folder. Choose another place.</source>
        <translation>У Monitor нет доступа к этому файлу или папке. Выберите другое место.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file or folder does not exist (any more). Choose another one.</source>
        <translation>Такого файла или папки нет (или уже нет). Выберите другие.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be read or written ({code}). Try again, or choose another place.</source>
        <translation>Не удалось прочитать или записать файл ({code}). Попробуйте ещё раз или выберите другое место.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Something went wrong (a fault in Monitor), and its report could not be saved.</source>
        <translation>Что-то пошло не так (ошибка в Monitor), и отчёт о ней сохранить не удалось.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong (a fault in Monitor); a report was saved to {path}.</source>
        <translation>Что-то пошло не так (ошибка в Monitor); отчёт сохранён в {path}.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Monitor</source>
        <translation>Monitor</translation>
    </message>
</context>
<context>
    <name>EvidencePanel</name>
    <message>
        <location filename="../../ui/evidence_panel.py" line="+122"/>
        <source>Files are kept encrypted inside the store, with their SHA-256 taken when added. Photo metadata such as GPS is removed. Drop files here or use Add files…</source>
        <translation>Файлы хранятся в хранилище в зашифрованном виде, SHA-256 вычисляется при добавлении. Метаданные фото, например GPS, удаляются. Перетащите файлы сюда или нажмите «Добавить файлы…»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Добавлен</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add evidence files</source>
        <translation>Добавить файлы доказательств</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <location line="+23"/>
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Добавление файлов: %n…</numerusform>
            <numerusform>Добавление файлов: %n…</numerusform>
            <numerusform>Добавление файлов: %n…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{name} could not be added: {error}</source>
        <translation>Не удалось добавить {name}: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added.</source>
        <translation>Добавлено.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Open in another program</source>
        <translation>Открыть в другой программе</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitor cannot show this file itself. To open it in another program, a decrypted copy is written to disk; it is wiped when the store is locked or the app closes, but the other program may keep its own copies. Open it?</source>
        <translation>Monitor не может сам показать этот файл. Чтобы открыть его в другой программе, на диск записывается расшифрованная копия; она стирается, когда хранилище блокируется или приложение закрывается, но другая программа может сохранить свои копии. Открыть?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opened a decrypted copy; it is wiped when the store is locked or the app closes.</source>
        <translation>Открыта расшифрованная копия; она будет стёрта при блокировке хранилища или закрытии программы.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Could not open the file: {error}</source>
        <translation>Не удалось открыть файл: {error}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remove evidence</source>
        <translation>Удаление доказательства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this file from the case? It stays in the history and can be restored.</source>
        <translation>Убрать этот файл из дела? Он останется в истории, и его можно будет восстановить.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="+112"/>
        <source>Evidence</source>
        <translation>Доказательство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Предыдущая страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Следующая страница</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page {page} of {pages}</source>
        <translation>Страница {page} из {pages}</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="+65"/>
        <source>The file was refused; nothing of it was merged: %1</source>
        <translation>Файл отклонён, из него ничего не объединено: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Monitor identity file, or it is damaged or expired. Ask the contact for their identity file again.</source>
        <translation>Это не файл удостоверения Monitor, либо он повреждён или просрочен. Попросите контакт прислать файл удостоверения ещё раз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another contact already has this name. Choose another name.</source>
        <translation>Контакт с таким именем уже есть. Выберите другое имя.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This store already has an identity.</source>
        <translation>У этого хранилища уже есть удостоверение.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This contact is not in this store (any more).</source>
        <translation>Этого контакта в хранилище нет (больше нет).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conflict was settled already (perhaps by a file merged since).</source>
        <translation>Этот конфликт уже разрешён (возможно, файлом, объединённым после).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="-71"/>
        <source>it was written for another recipient, not for this store (or its start was damaged)</source>
        <translation>он предназначен другому получателю, а не этому хранилищу (или повреждено его начало)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its sender is not one of your contacts: add them from their identity file first</source>
        <translation>его отправителя нет среди ваших контактов: сначала добавьте его из файла удостоверения</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was changed or damaged on the way</source>
        <translation>он был изменён или повреждён в пути</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is cut short: it ends before its signature</source>
        <translation>он неполный: обрывается раньше подписи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something was added after its end</source>
        <translation>после его конца что-то дописано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was made by a newer version of Monitor: update Monitor, then merge it again</source>
        <translation>он создан более новой версией Monitor: обновите Monitor и объедините его снова</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this store has no identity yet: create one in Identity and contacts</source>
        <translation>у этого хранилища ещё нет удостоверения: создайте его в разделе «Удостоверение и контакты»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it changes records this store does not have yet: merge the sender&apos;s earlier files first, or ask them for a file with everything</source>
        <translation>он изменяет записи, которых в этом хранилище ещё нет: сначала объедините более ранние файлы отправителя или попросите у него файл со всеми данными</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="+9"/>
        <source>name %1% alike</source>
        <translation>имена похожи на %1%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same birth year</source>
        <translation>тот же год рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same gender</source>
        <translation>тот же пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same designation</source>
        <translation>то же обозначение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same region</source>
        <translation>тот же регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same kind of place</source>
        <translation>тот же тип учреждения</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another kind of place</source>
        <translation>другой тип учреждения</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_files.py" line="+69"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>The file was written to %1. Only this contact can open it; its name says nothing of what is in it.</source>
        <translation>Файл сохранён: %1. Открыть его может только этот контакт; имя файла ничего не говорит о содержимом.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send changes</source>
        <translation>Отправка изменений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the encrypted file…</source>
        <translation>Запись зашифрованного файла…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file written</source>
        <translation>Файл не сохранён</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <location line="+52"/>
        <source>Merge files</source>
        <translation>Объединение файлов</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Checking the files; nothing is written yet…</source>
        <translation>Проверка файлов; пока ничего не записывается…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing merged</source>
        <translation>Ничего не объединено</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n file(s) merged. Conflicts and likely duplicates wait in Exchange for your choice.</source>
        <translation>
            <numerusform>Объединён %n файл. Конфликты и возможные дубликаты ждут вашего решения в разделе «Обмен».</numerusform>
            <numerusform>Объединено %n файла. Конфликты и возможные дубликаты ждут вашего решения в разделе «Обмен».</numerusform>
            <numerusform>Объединено %n файлов. Конфликты и возможные дубликаты ждут вашего решения в разделе «Обмен».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Cancelled: %n file(s) were merged before, the others were not.</source>
        <translation>
            <numerusform>Отменено: до отмены объединён %n файл, остальные — нет.</numerusform>
            <numerusform>Отменено: до отмены объединено %n файла, остальные — нет.</numerusform>
            <numerusform>Отменено: до отмены объединено %n файлов, остальные — нет.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not merged</source>
        <translation>Не объединено</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merging the files…</source>
        <translation>Объединение файлов…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_view.py" line="-263"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <location line="+304"/>
        <source>Send changes…</source>
        <translation>Отправить изменения…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge files…</source>
        <translation>Объединить файлы…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity and contacts</source>
        <translation>Удостоверение и контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Create this store&apos;s identity first (Identity and contacts).</source>
        <translation>Сначала создайте удостоверение хранилища (вкладка «Удостоверение и контакты»).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a contact first, from their identity file.</source>
        <translation>Сначала добавьте контакт из его файла удостоверения.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <location filename="../../ui/field_names_catalog.py" line="+10"/>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access to a doctor</source>
        <translation>Доступ к врачу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access to a lawyer</source>
        <translation>Доступ к адвокату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Адрес</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressed to</source>
        <translation>Адресат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against</source>
        <translation>В отношении</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allegation</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>Срок ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered on</source>
        <translation>Дата ответа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrest and custody</source>
        <translation>Задержание и содержание под стражей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrested at</source>
        <translation>Время задержания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrested on</source>
        <translation>Дата задержания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article charged</source>
        <translation>Статья обвинения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes</source>
        <translation>Атрибуты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Built in</source>
        <translation>Встроенный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By whom</source>
        <translation>Кем</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Лимит наполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured on</source>
        <translation>Дата съёмки</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number in court</source>
        <translation>Номер дела в суде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Подозрение и обвинение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Дата закрытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant</source>
        <translation>Заявитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint made</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint step</source>
        <translation>Этап жалобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to publish</source>
        <translation>Согласие на публикацию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to record</source>
        <translation>Согласие на запись сведений</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to refer to the UN</source>
        <translation>Согласие на обращение в ООН</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to share with a lawyer</source>
        <translation>Согласие на передачу адвокату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court&apos;s finding</source>
        <translation>Оценка суда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Дата рождения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Число дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline rule</source>
        <translation>Правило срока</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defendant</source>
        <translation>Подсудимый</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>Обозначение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Подробности</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detention registered at</source>
        <translation>Время составления протокола задержания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detention registered on</source>
        <translation>Дата составления протокола задержания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended at</source>
        <translation>Время окончания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended on</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Доказательство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examiner</source>
        <translation>Эксперт, врач</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family informed</source>
        <translation>Родственники уведомлены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family informed at</source>
        <translation>Время уведомления родственников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family informed on</source>
        <translation>Дата уведомления родственников</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Имя файла</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed on</source>
        <translation>Дата подачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed with</source>
        <translation>Куда подана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Вывод</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First access to a doctor at</source>
        <translation>Время первого доступа к врачу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First access to a doctor on</source>
        <translation>Дата первого доступа к врачу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First access to a lawyer at</source>
        <translation>Время первого доступа к адвокату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First access to a lawyer on</source>
        <translation>Дата первого доступа к адвокату</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Проверка исполнения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follows</source>
        <translation>Следует за</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Пол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group interviews</source>
        <translation>Групповые беседы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group of people</source>
        <translation>Группа лиц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HURIDOCS code</source>
        <translation>Код HURIDOCS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified</source>
        <translation>Установлен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force from</source>
        <translation>Действует с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force until</source>
        <translation>Действует по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In private</source>
        <translation>Наедине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the court record</source>
        <translation>В материалах суда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injuries</source>
        <translation>Повреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Беседа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews in private</source>
        <translation>Беседы наедине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involvement</source>
        <translation>Форма участия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Istanbul Protocol</source>
        <translation>Стамбульский протокол</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgment on</source>
        <translation>Дата решения (приговора)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of place</source>
        <translation>Вид учреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of proceeding</source>
        <translation>Вид производства</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer of their choice</source>
        <translation>Адвокат по своему выбору</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads the team</source>
        <translation>Руководитель группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal qualification</source>
        <translation>Квалификация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal source</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical examination</source>
        <translation>Медицинское освидетельствование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata removed</source>
        <translation>Метаданные удалены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods</source>
        <translation>Методы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring body</source>
        <translation>Орган мониторинга</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPM mandate</source>
        <translation>Мандат НПМ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя, название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrative</source>
        <translation>Изложение обстоятельств</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number in the group</source>
        <translation>Численность группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obstruction</source>
        <translation>Препятствие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ombudsman&apos;s decision</source>
        <translation>Решение Уполномоченного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the finding</source>
        <translation>Об оценке суда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened on</source>
        <translation>Дата открытия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Порядок</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original metadata</source>
        <translation>Исходные метаданные</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other categories</source>
        <translation>Другие категории</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other spellings and aliases</source>
        <translation>Другие написания и прозвища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Результат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PMC mandate</source>
        <translation>Мандат ОНК</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator</source>
        <translation>Исполнитель</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person in allegation</source>
        <translation>Участник нарушения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person in case</source>
        <translation>Участник дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of detention</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population on the day</source>
        <translation>Наполнение в день посещения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Должность</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proceeding</source>
        <translation>Производство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes</source>
        <translation>Цели</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Звание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Основание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Номер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference number</source>
        <translation>Номер регистрации</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regime</source>
        <translation>Режим</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Регион</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register number</source>
        <translation>Номер ЕРДР / КУИ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released or handed over at</source>
        <translation>Время освобождения или передачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released or handed over on</source>
        <translation>Дата освобождения или передачи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprisal</source>
        <translation>Преследование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested on</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Реагирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response to reprisal</source>
        <translation>Ответ на преследование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Выведен из употребления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk level</source>
        <translation>Уровень риска</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Конфиденциально</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence</source>
        <translation>Наказание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Размер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started at</source>
        <translation>Время начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started on</source>
        <translation>Дата начала</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation>Смена статуса</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Суть жалобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken on</source>
        <translation>Дата принятия меры</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team member</source>
        <translation>Участник посещения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The body&apos;s term applies</source>
        <translation>Действует срок органа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Название</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Дата окончания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To pressure</source>
        <translation>Цель давления</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Torture complaint</source>
        <translation>Заявление о пытках</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred to</source>
        <translation>Куда переведён</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of visit</source>
        <translation>Вид посещения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Подразделение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Проверка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim</source>
        <translation>Пострадавший</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary</source>
        <translation>Справочник</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary term</source>
        <translation>Термин справочника</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Что произошло</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Где</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="+52"/>
        <source>year</source>
        <translation>год</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>месяц</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exact day</source>
        <translation>точная дата</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not recorded</source>
        <translation>не указано</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>e.g. 14 Nov 2017, 11.2017, December 2011</source>
        <translation>напр., 14.11.2017, 11.2017, декабрь 2011</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a date yet</source>
        <translation>дата не распознана</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the day as well, e.g. 14 Nov 2017.</source>
        <translation>Укажите и день, напр. 14.11.2017.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. 14 Nov 2017</source>
        <translation>напр., 14.11.2017</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>needs a day, month and year</source>
        <translation>нужны день, месяц и год</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>e.g. 5 Mar 2024 10:30, or March 2014</source>
        <translation>напр. 05.03.2024 10:30 или март 2014</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter a date such as 5 Mar 2024 (with a time such as 10:30 if known), March 2014 or 2014.</source>
        <translation>Укажите дату, например 05.03.2024 (и время, например 10:30, если оно известно), март 2014 или 2014.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>needs a date, and a time such as 10:30 if known</source>
        <translation>нужна дата, а если известно, и время, напр. 10:30</translation>
    </message>
    <message>
        <location line="+123"/>
        <location filename="../../ui/forms/record_picker.py" line="+160"/>
        <source>Pick one of the entries in the list.</source>
        <translation>Выберите вариант из списка.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Filter…</source>
        <translation>Фильтр…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/record_picker.py" line="+70"/>
        <source>Type to search…</source>
        <translation>Начните вводить для поиска…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New…</source>
        <translation>Создать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new record here and pick it</source>
        <translation>Создать новую запись и сразу выбрать её</translation>
    </message>
    <message>
        <location filename="../../ui/date_qualifiers.py" line="+23"/>
        <source>stored as %1; “%2” is not kept (write it in the notes if it matters)</source>
        <translation>будет сохранено как %1; «%2» не сохраняется (если это важно, укажите в примечаниях)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/filter_bar.py" line="+125"/>
        <location line="+109"/>
        <source>All regions</source>
        <translation>Все регионы</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Any status</source>
        <translation>Любой статус</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any access</source>
        <translation>Доступ: все</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any authority</source>
        <translation>Любое ведомство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any risk</source>
        <translation>Любой риск</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any allegation</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any type of visit</source>
        <translation>Все виды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any kind of place</source>
        <translation>Любой вид учреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any category</source>
        <translation>Любая категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any reprisal</source>
        <translation>Любое преследование</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+78"/>
        <source>All places</source>
        <translation>Все места</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Search names, titles, notes… (Ctrl+F)</source>
        <translation>Поиск по именам, названиям, примечаниям… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: from</source>
        <translation>Период: с</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: to</source>
        <translation>Период: по</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Сбросить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear search and filters</source>
        <translation>Сбросить поиск и фильтры</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../ui/forms/form.py" line="+34"/>
        <source>Pick one of the entries in the list.</source>
        <translation>Выберите вариант из списка.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Required</source>
        <translation>Обязательное поле</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>This field is required.</source>
        <translation>Это поле обязательно.</translation>
    </message>
</context>
<context>
    <name>FormProposals</name>
    <message>
        <location filename="../../ui/form_proposals.py" line="+46"/>
        <source>e.g. {reference}</source>
        <translation>напр., {reference}</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Delete the case “{label}”?</source>
        <translation>Удалить дело «{label}»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the visit “{label}”?</source>
        <translation>Удалить посещение «{label}»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the place of detention “{label}”?</source>
        <translation>Удалить место содержания «{label}»?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the person “{label}”?</source>
        <translation>Удалить запись о человеке «{label}»?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the reprisal “{label}”?</source>
        <translation>Удалить случай преследования «{label}»?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete “{label}”?</source>
        <translation>Удалить «{label}»?</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The %n record(s) that belong to it go with it.</source>
        <translation>
            <numerusform>Вместе с записью удаляется %n относящаяся к ней запись.</numerusform>
            <numerusform>Вместе с записью удаляются %n относящиеся к ней записи.</numerusform>
            <numerusform>Вместе с записью удаляются %n относящихся к ней записей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can undo this right after (Ctrl+Z).</source>
        <translation>Сразу после удаления его можно отменить (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not deleted</source>
        <translation>Не удалено</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/help.py" line="+77"/>
        <source>Guide — Monitor</source>
        <translation>Руководство — Monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contents</source>
        <translation>&amp;Содержание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>&amp;Закрыть</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>In a list, Enter or a double click opens the record full width; Ctrl+W returns to the list. In a form, Tab goes to the next field and Enter does not save: Ctrl+S does.</source>
        <translation>В списке Enter или двойной щелчок открывает запись на всё окно, Ctrl+W возвращает к списку. В карточке Tab переводит к следующему полю, а Enter ничего не сохраняет — для этого есть Ctrl+S.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;p&gt;&lt;b&gt;Monitor&lt;/b&gt; keeps the case files of detention monitoring (visits, cases, allegations, complaints and the answers to them, reprisals, people and places) in one encrypted file on this computer. It never connects to a network.&lt;/p&gt;&lt;p&gt;Nothing leaves that file unless you make it leave: a dossier or a visit report you print to PDF (with full names, pseudonyms or for publication), a backup you make from the File menu (encrypted under the same passphrase), or a file written by the command line (&lt;i&gt;monitor-app export-json&lt;/i&gt;, which is not encrypted).&lt;/p&gt;&lt;p&gt;The window locks itself after a few idle minutes (Settings); Help &amp;gt; Guide (F1) shows how to do the daily tasks.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Monitor&lt;/b&gt; хранит материалы мониторинга мест лишения свободы (посещения, дела, нарушения, жалобы и ответы на них, преследования, людей и учреждения) в одном зашифрованном файле на этом компьютере. К сети программа не подключается.&lt;/p&gt;&lt;p&gt;Из этого файла ничего не выходит, пока вы сами этого не сделаете: досье или отчёт о посещении, напечатанные в PDF (с именами, с псевдонимами или для публикации), резервная копия из меню «Файл» (зашифрована той же парольной фразой) или файл, записанный из командной строки (&lt;i&gt;monitor-app export-json&lt;/i&gt;, он не зашифрован).&lt;/p&gt;&lt;p&gt;После нескольких минут бездействия окно блокируется само (см. «Настройки»). Как выполнять повседневные задачи, рассказано в «Справка &amp;gt; Руководство» (F1).&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Monitor</source>
        <translation>О программе Monitor</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/case_view.py" line="+38"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кто</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Что</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every change to the case and its parts, newest first. Times are UTC.</source>
        <translation>Все изменения дела и его частей, сначала новые. Время указано в UTC.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>created</source>
        <translation>создание</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>изменение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>удаление</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restored</source>
        <translation>восстановление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>объединение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{actor}, in a file from {sender}</source>
        <translation>{actor}, из файла от {sender}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged from exchange file {bundle}</source>
        <translation>Объединено из файла обмена {bundle}</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../ui/exchange_view.py" line="-655"/>
        <source>This store&apos;s identity</source>
        <translation>Удостоверение этого хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create identity…</source>
        <translation>Создать удостоверение…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export identity file…</source>
        <translation>Сохранить файл удостоверения…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short form (what a QR code of your identity holds; your contacts can add you from it):</source>
        <translation>Краткая форма (её содержит QR-код вашего удостоверения; по ней контакты могут добавить вас):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the short form: it holds only your public keys</source>
        <translation>Скопировать краткую форму: в ней только ваши открытые ключи</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Контакты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Имя</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>Проверен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add contact from a file…</source>
        <translation>Добавить контакт из файла…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark verified…</source>
        <translation>Отметить как проверенный…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare a contact&apos;s fingerprint with them by phone or in person before you mark them verified. A file from a contact who is not verified says so before it is merged.</source>
        <translation>Прежде чем отметить контакт как проверенный, сверьте с ним отпечаток ключа по телефону или при встрече. О файле от непроверенного контакта предупреждается до объединения.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This store has no identity yet. Create one to send files and to merge files sent to you.</source>
        <translation>У этого хранилища ещё нет удостоверения. Создайте его, чтобы отправлять файлы и объединять присланные вам.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are %1. Your fingerprint:</source>
        <translation>Вы — %1. Ваш отпечаток ключа:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No identity created</source>
        <translation>Удостоверение не создано</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the identity file to</source>
        <translation>Сохранить файл удостоверения в</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The identity file was written to %1. Give it to your contacts; compare the fingerprint with them.</source>
        <translation>Файл удостоверения сохранён: %1. Передайте его своим контактам и сверьте с ними отпечаток ключа.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No identity file written</source>
        <translation>Файл удостоверения не сохранён</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a contact from the file</source>
        <translation>Добавить контакт из файла</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>No contact added</source>
        <translation>Контакт не добавлен</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark verified</source>
        <translation>Отметить как проверенный</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did you compare this fingerprint with %1 by phone or in person, and do both agree?</source>
        <translation>Вы сверили этот отпечаток с контактом «%1» по телефону или при встрече, и отпечатки совпадают?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="+86"/>
        <source>Monitor is locked</source>
        <translation>Monitor заблокирован</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the store&apos;s passphrase to continue where you were.</source>
        <translation>Введите парольную фразу хранилища, чтобы продолжить с того же места.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+66"/>
        <source>Cases</source>
        <translation>Дела</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Посещения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Учреждения</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Люди</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprisals</source>
        <translation>Преследования</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Сроки</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>&amp;New record</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Сохранить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>&amp;Удалить…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo delete</source>
        <translation>&amp;Отменить удаление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erase the deleted record for good…</source>
        <translation>&amp;Стереть удалённую запись навсегда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted &amp;records…</source>
        <translation>Удалённые &amp;записи…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Поиск</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close record</source>
        <translation>&amp;Закрыть запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every&amp;where…</source>
        <translation>Поиск по &amp;всем спискам…</translation>
    </message>
    <message>
        <location line="+490"/>
        <source>&amp;Print dossier…</source>
        <translation>&amp;Печать досье…</translation>
    </message>
    <message>
        <location line="-489"/>
        <source>&amp;Lock</source>
        <translation>&amp;Блокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide and lock now</source>
        <translation>С&amp;крыть и заблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ttings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock protection…</source>
        <translation>&amp;Защита при разблокировке…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guide</source>
        <translation>&amp;Руководство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Сочетания &amp;клавиш</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Monitor</source>
        <translation>&amp;О программе Monitor</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&amp;Deadlines and procedure…</source>
        <translation>Сроки и про&amp;цедура…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock the window: hides everything until the passphrase is typed again</source>
        <translation>Заблокировать окно: всё скрыто, пока снова не введена парольная фраза</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimise and lock the window at once, from any window of the app</source>
        <translation>Сразу свернуть и заблокировать окно — из любого окна программы</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toolbar</source>
        <translation>Панель инструментов</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+298"/>
        <source>Select a record in the list, or press Ctrl+N to add one.</source>
        <translation>Выберите запись в списке или нажмите Ctrl+N, чтобы добавить новую.</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Monitor — locked</source>
        <translation>Monitor — заблокирован</translation>
    </message>
    <message numerus="yes">
        <location line="+187"/>
        <source>%n complaint step(s) waiting for an answer</source>
        <translation>
            <numerusform>%n жалоба ждёт ответа</numerusform>
            <numerusform>%n жалобы ждут ответа</numerusform>
            <numerusform>%n жалоб ждут ответа</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n совпадение</numerusform>
            <numerusform>%n совпадения</numerusform>
            <numerusform>%n совпадений</numerusform>
        </translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Deleted.</source>
        <translation>Удалено.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restored.</source>
        <translation>Восстановлено.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Select a case or a visit first: a case prints as its dossier, a visit as its report.</source>
        <translation>Сначала выберите дело или посещение: дело печатается как досье, посещение — как отчёт о нём.</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="+70"/>
        <source>Erase for good</source>
        <translation>Стереть навсегда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the deleted record for good? Its text, its parts and the old values in its history are overwritten; not even Undo can bring them back. Copies and backups made before keep what they held.</source>
        <translation>Стереть удалённую запись навсегда? Её текст, её части и прежние значения в истории будут затёрты, и даже «Отменить» их не вернёт. Сделанные раньше копии и резервные копии сохранят то, что в них было.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-65"/>
        <source>Erased for good.</source>
        <translation>Стёрто навсегда.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved</source>
        <translation>Не сохранено</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Print visit report…</source>
        <translation>&amp;Печать отчёта о посещении…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print dossier</source>
        <translation>Печать досье</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The store&apos;s file is not known.</source>
        <translation>Файл хранилища неизвестен.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_view.py" line="-284"/>
        <source>Exchange</source>
        <translation>Обмен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>Дубликаты</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../../ui/exchange_files.py" line="-194"/>
        <source>Merge files: preview</source>
        <translation>Объединение файлов: предпросмотр</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>От кого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Обновлённые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Без изменений</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely duplicates</source>
        <translation>Возможные дубликаты</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refused: %1</source>
        <translation>Отклонён: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already merged: nothing of it is applied again.</source>
        <translation>Уже объединён: повторно ничего не применяется.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (not verified)</source>
        <translation>%1 (не проверен)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has been written yet. Merge writes what the table shows; conflicts and likely duplicates wait for your choice in Exchange.</source>
        <translation>Пока ничего не записано. «Объединить» запишет то, что показано в таблице; конфликты и возможные дубликаты будут ждать вашего решения в разделе «Обмен».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sender marked “not verified” has not had their fingerprint compared with you yet.</source>
        <translation>С отправителем, отмеченным «не проверен», вы ещё не сверили отпечаток ключа.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file is older than one already merged from its sender; its changes are merged by their history, not by the file&apos;s date.</source>
        <translation>Один из файлов старше уже объединённого файла того же отправителя; его изменения объединяются по истории записей, а не по дате файла.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused files are left out; nothing of them is written.</source>
        <translation>Отклонённые файлы пропускаются; из них ничего не записывается.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge</source>
        <translation>Объединить</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/store_actions.py" line="+205"/>
        <source>Change the passphrase — Monitor</source>
        <translation>Смена парольной фразы — Monitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store is re-encrypted under the new passphrase; the window locks while this runs and opens again under the new one. Backups and copies made before still open with the old passphrase.</source>
        <translation>Хранилище будет заново зашифровано под новой парольной фразой; на это время окно блокируется, а затем открывается снова уже с новой фразой. Резервные копии и копии, сделанные раньше, по-прежнему открываются старой парольной фразой.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Сменить</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-encrypt the store — Monitor</source>
        <translation>Повторное шифрование хранилища — Monitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store is re-encrypted with today&apos;s key derivation under the same passphrase; the window locks while this runs and opens again afterwards. Type the passphrase once more.</source>
        <translation>Хранилище будет заново зашифровано с нынешними параметрами выработки ключа под той же парольной фразой; на это время окно блокируется, а затем открывается снова. Введите парольную фразу ещё раз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-encrypt</source>
        <translation>Зашифровать заново</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current passphrase</source>
        <translation>Текущая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Новая парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new passphrase</source>
        <translation>Повторите новую парольную фразу</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the current passphrase.</source>
        <translation>Введите текущую парольную фразу.</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <location filename="../../ui/pdf_dialog.py" line="+83"/>
        <source>English</source>
        <translation>Английский</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Русский</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Казахский</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: the full file</source>
        <translation>Нет: полное досье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonymous: names replaced</source>
        <translation>С псевдонимами: имена заменены</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public: for publication</source>
        <translation>Публичное: для публикации</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaction</source>
        <translation>Обезличивание</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible names of people who are not records of this file. Checked: a name, replaced by a code in the PDF. Unchecked: not a name. Kept for the next PDF.</source>
        <translation>Возможные имена людей, которых нет среди записей этого досье. Отмечено: это имя, в PDF оно будет заменено кодом. Не отмечено: это не имя. Решение сохраняется для следующих PDF.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create PDF</source>
        <translation>Создать PDF</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Looking for names that are not records…</source>
        <translation>Поиск имён, которых нет среди записей…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save the PDF as</source>
        <translation>Сохранить PDF как</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose where to save the PDF.</source>
        <translation>Выберите, куда сохранить PDF.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder does not exist.</source>
        <translation>Такой папки нет.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That name is a link or a special file, not a document; choose another name.</source>
        <translation>Под этим именем — ссылка или особый файл, а не документ; выберите другое имя.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the PDF…</source>
        <translation>Создание PDF…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelled; no file was written.</source>
        <translation>Отменено; файл не записан.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New possible names were found; mark them and create the PDF again. No file was written.</source>
        <translation>Найдены новые возможные имена: отметьте их и создайте PDF ещё раз. Файл не записан.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF could not be saved: %1</source>
        <translation>Не удалось сохранить PDF: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Print the case dossier</source>
        <translation>Печать досье по делу</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the visit report</source>
        <translation>Печать отчёта о посещении</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/case_view.py" line="-260"/>
        <source>Name</source>
        <translation>ФИО</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pseudonym</source>
        <translation>Псевдоним</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name or pseudonym…</source>
        <translation>Введите имя или псевдоним…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to case</source>
        <translation>Добавить в дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from case</source>
        <translation>Убрать из дела</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Person</source>
        <translation>&amp;Лицо</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role</source>
        <translation>&amp;Роль</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a person</source>
        <translation>Добавить лицо</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pick a person from the list, or create one with New…</source>
        <translation>Выберите лицо из списка или добавьте новое кнопкой «Создать…»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a role from the list.</source>
        <translation>Выберите роль из списка.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The case&apos;s victim is changed in the Overview tab.</source>
        <translation>Пострадавший по делу меняется на вкладке «Общие сведения».</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../ui/procedure_dialog.py" line="+49"/>
        <source>Deadlines and procedure</source>
        <translation>Сроки и процедура</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage</source>
        <translation>Этап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Deadline</source>
        <translation>Срок</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>In force</source>
        <translation>Действует</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Legal source</source>
        <translation>Правовое основание</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Days</source>
        <translation>Число дней</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>No deadline</source>
        <translation>Срока нет</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+78"/>
        <source>The body&apos;s term</source>
        <translation>Общий срок органа</translation>
    </message>
    <message>
        <location line="-72"/>
        <source> calendar days</source>
        <translation> календ. дн.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the rule</source>
        <translation>Сохранить правило</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The answer deadline the law gives each step, used to fill in “Answer due” for a new step. A step without a deadline runs no clock and is never late. Where the source says “unverified”, check the law and correct it.</source>
        <translation>Срок ответа, который закон даёт на каждом этапе; по нему заполняется «Срок ответа» нового этапа. Для этапа без срока время не отсчитывается, и он не может быть просрочен. Где в основании сказано «unverified» (не проверено), сверьтесь с законом и исправьте.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Days to answer</source>
        <translation>Срок ответа, дней</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Any stage that uses the body&apos;s term</source>
        <translation>Любой этап, на котором действует срок органа</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any body</source>
        <translation>Любой орган</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 days</source>
        <translation>%1 дн.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from %1</source>
        <translation>с %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until %1</source>
        <translation>по %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Say where the term comes from (the law and its article, or “unverified”).</source>
        <translation>Укажите, откуда взят срок (закон и статья или «unverified» — не проверено).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved. New steps are filled in with this deadline.</source>
        <translation>Сохранено. Новые этапы заполняются с этим сроком.</translation>
    </message>
</context>
<context>
    <name>Proceedings</name>
    <message>
        <location filename="../../ui/editors/proceedings.py" line="+33"/>
        <location line="+35"/>
        <location line="+48"/>
        <location line="+69"/>
        <source>Defendant</source>
        <translation>Подсудимый</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, pseudonym or code…</source>
        <translation>Введите ФИО, псевдоним или код…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charges</source>
        <translation>Обвинение</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article charged</source>
        <translation>Статья обвинения</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>Verdict</source>
        <translation>Приговор</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+74"/>
        <source>Sentence</source>
        <translation>Наказание</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>e.g. 7 years, maximum security</source>
        <translation>например: 7 лет, колония строгого режима</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+72"/>
        <source>Torture complaint</source>
        <translation>Заявление о пытках</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Leave a question empty when the sources do not say: it is printed as &quot;not recorded&quot;, never as &quot;no&quot;.</source>
        <translation>Оставьте поле пустым, если источники об этом молчат: будет напечатано «не указано», а не «нет».</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaint made</source>
        <translation>Заявление</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+63"/>
        <source>In the court record</source>
        <translation>В материалах суда</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>the complaint is in the court record</source>
        <translation>заявление отражено в материалах суда</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>Court&apos;s finding</source>
        <translation>Оценка суда</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>On the finding</source>
        <translation>Об оценке суда</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+116"/>
        <source>New defendant</source>
        <translation>Новый подсудимый</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Add defendant…</source>
        <translation>Добавить подсудимого…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Изменить…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the proceeding first; then add its defendants here.</source>
        <translation>Сначала сохраните производство, затем добавьте сюда подсудимых.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n defendant(s)</source>
        <translation>
            <numerusform>%n подсудимый</numerusform>
            <numerusform>%n подсудимых</numerusform>
            <numerusform>%n подсудимых</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Remove defendant</source>
        <translation>Убрать подсудимого</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {name} from this proceeding? The person stays in the file, and the entry stays in the history.</source>
        <translation>Убрать {name} из этого производства? Человек останется в деле, а запись — в истории.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../ui/proceedings_view.py" line="+134"/>
        <source>Proceeding</source>
        <translation>Производство</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/proceedings_view.py" line="-56"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/proceedings_view.py" line="+1"/>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/proceedings_view.py" line="+1"/>
        <source>Case number</source>
        <translation>Номер дела</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/proceedings_view.py" line="-3"/>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/proceedings_view.py" line="+5"/>
        <source>Judgment</source>
        <translation>Решение (приговор)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Итог</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/proceedings_view.py" line="-1"/>
        <source>Defendants</source>
        <translation>Подсудимые</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added and removed at once; double-click a defendant to edit the charges, verdict and torture complaint.</source>
        <translation>Добавляются и убираются сразу; дважды щёлкните по подсудимому, чтобы изменить обвинение, приговор и сведения о заявлении о пытках.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is before the start date.</source>
        <translation>Эта дата раньше даты начала.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/proceedings_view.py" line="+51"/>
        <source>New proceeding</source>
        <translation>Новое производство</translation>
    </message>
    <message>
        <location filename="../../ui/proceedings_view.py" line="-60"/>
        <source>Trials and proceedings</source>
        <translation>Суды и производства</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trials, appeals and other proceedings, each with its defendants: charges, verdict, sentence and what became of their torture complaints. Double-click to open.</source>
        <translation>Судебные процессы, апелляции и иные производства с подсудимыми: обвинение, приговор, наказание и судьба их заявлений о пытках. Дважды щёлкните, чтобы открыть.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add proceeding…</source>
        <translation>Добавить производство…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Открыть…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete proceeding…</source>
        <translation>Удалить производство…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Delete proceeding</source>
        <translation>Удалить производство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected proceeding from the case? Its defendants stay in the file; it stays in the history.</source>
        <translation>Удалить выбранное производство из дела? Подсудимые останутся в деле, производство — в истории.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../ui/read_only.py" line="+37"/>
        <source>read-only (the store is open in another program)</source>
        <translation>только чтение (хранилище открыто в другой программе)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The store is in use</source>
        <translation>Хранилище занято</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This store is open in another program (process %1).</source>
        <translation>Это хранилище открыто в другой программе (процесс %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can open it read-only: you will see what is saved there, and nothing can be changed from this window. To change records, use the other window, or close it and open the store again.</source>
        <translation>Его можно открыть только для чтения: вы увидите то, что там сохранено, но изменить из этого окна ничего нельзя. Чтобы изменять записи, работайте в другом окне или закройте его и откройте хранилище снова.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open read-only</source>
        <translation>Открыть только для чтения</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This window is read-only: the store is open in another program. Make changes there.</source>
        <translation>Это окно только для чтения: хранилище открыто в другой программе. Вносите изменения там.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Обновить</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show what the other program has saved since</source>
        <translation>Показать, что другая программа сохранила с тех пор</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/editors/base.py" line="+51"/>
        <location line="+380"/>
        <source>Restore my typing</source>
        <translation>Восстановить введённое</translation>
    </message>
    <message>
        <location line="-378"/>
        <location line="+380"/>
        <source>Discard it</source>
        <translation>Отбросить</translation>
    </message>
    <message>
        <location line="-363"/>
        <source>Changed elsewhere</source>
        <translation>Изменено в другом месте</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record was changed elsewhere after you opened it, so your changes were not saved.</source>
        <translation>Эту запись изменили в другом месте после того, как вы её открыли, поэтому ваши изменения не сохранены.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload it to see the other changes (yours are dropped), or keep yours: the fields you edited are saved over the other version.</source>
        <translation>Загрузите её заново, чтобы увидеть чужие изменения (ваши будут отброшены), или оставьте свои: изменённые вами поля будут записаны поверх другой версии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload</source>
        <translation>Загрузить заново</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Оставить мои</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+271"/>
        <source>Revert</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>Forget the changes made since the last save</source>
        <translation>Отменить изменения после последнего сохранения</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+269"/>
        <location line="+32"/>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сохранить (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This record could not be opened: it may have been deleted.</source>
        <translation>Не удалось открыть запись: возможно, она удалена.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved typing from {when} was kept for this record. Restore it?</source>
        <translation>Для этой записи сохранился несохранённый ввод от {when}. Восстановить его?</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+46"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Исправьте поля, отмеченные красным.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Saved.</source>
        <translation>Сохранено.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: this record was changed elsewhere.</source>
        <translation>Не сохранено: эту запись изменили в другом месте.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save: {error}</source>
        <translation>Не удалось сохранить: {error}</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../ui/list_view.py" line="+183"/>
        <source>Reset columns</source>
        <translation>Сбросить столбцы</translation>
    </message>
</context>
<context>
    <name>RekeyOfferBar</name>
    <message>
        <location filename="../../ui/store_actions.py" line="-80"/>
        <source>Re-encryption advised</source>
        <translation>Рекомендуется повторное шифрование</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This store&apos;s key derivation (%1 passes of %2 MiB) is below what Monitor uses today, so each guess at its passphrase costs an attacker less. Re-encrypt it now: the passphrase stays the same.</source>
        <translation>Выработка ключа этого хранилища (число проходов %1, память %2 МиБ) слабее той, что Monitor использует сейчас, поэтому каждая попытка угадать парольную фразу обходится злоумышленнику дешевле. Зашифруйте его заново сейчас: парольная фраза останется прежней.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-encrypt…</source>
        <translation>Зашифровать заново…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
</context>
<context>
    <name>ReprisalsTab</name>
    <message>
        <location filename="../../ui/case_view.py" line="+137"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Against</source>
        <translation>В отношении</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk</source>
        <translation>Риск</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responses</source>
        <translation>Реагирование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add reprisal</source>
        <translation>Добавить преследование</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threats, transfers, punishment cells, pressure to withdraw: record each reprisal and what was done about it.</source>
        <translation>Угрозы, этапирование, водворение в ШИЗО, давление с целью отзыва жалобы: записывайте каждый случай преследования и принятые меры.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete reprisal…</source>
        <translation>Удалить преследование…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected reprisal from the case? It stays in the history.</source>
        <translation>Удалить выбранный случай преследования из дела? Он останется в истории.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add response…</source>
        <translation>Добавить меру реагирования…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Response to the reprisal</source>
        <translation>Реагирование на преследование</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/store_actions.py" line="+163"/>
        <source>Restore a backup — Monitor</source>
        <translation>Восстановление из резервной копии — Monitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup is restored into a new store file, never over an existing one; it is checked (passphrase, every page, integrity) before it is placed there.</source>
        <translation>Резервная копия восстанавливается в файл нового хранилища и никогда не записывается поверх существующего; прежде чем она окажется там, она проверяется (парольная фраза, каждая страница, целостность).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Выбрать…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the restored store</source>
        <translation>Открыть восстановленное хранилище</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup file</source>
        <translation>Файл резервной копии</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New store file</source>
        <translation>Файл нового хранилища</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the backup</source>
        <translation>Парольная фраза резервной копии</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a backup</source>
        <translation>Выберите резервную копию</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new store file</source>
        <translation>Файл нового хранилища</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the backup file.</source>
        <translation>Выберите файл резервной копии.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where the restored store goes: a new file.</source>
        <translation>Выберите, куда поместить восстановленное хранилище: новый файл.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Введите парольную фразу резервной копии.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>That file already exists: a backup is only restored into a new file. Choose another name.</source>
        <translation>Такой файл уже существует: резервная копия восстанавливается только в новый файл. Выберите другое имя.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Checking and restoring the backup…</source>
        <translation>Проверка и восстановление резервной копии…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored into %1 (%2); it was checked and opens with the backup&apos;s passphrase. Open it now? The store open in the window is locked and closed first.</source>
        <translation>Восстановлено в %1 (%2); копия проверена и открывается парольной фразой резервной копии. Открыть её сейчас? Хранилище, открытое в окне, сначала будет заблокировано и закрыто.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was placed at %1.</source>
        <translation>В %1 ничего не записано.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening the restored store…</source>
        <translation>Открытие восстановленного хранилища…</translation>
    </message>
</context>
<context>
    <name>SearchEverywhere</name>
    <message>
        <location filename="../../ui/global_search.py" line="+36"/>
        <source>Case</source>
        <translation>Дело</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Учреждение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprisal</source>
        <translation>Преследование</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+2"/>
        <source>Search everywhere</source>
        <translation>Поиск по всем спискам</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Names, references, places… in every list</source>
        <translation>Имена, номера дел, учреждения… во всех списках</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>More… show all in the list</source>
        <translation>Ещё… показать все в списке</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing found.</source>
        <translation>Ничего не найдено.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter opens the record; Escape closes.</source>
        <translation>Enter открывает запись, Escape закрывает поиск.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/exchange_files.py" line="-166"/>
        <source>Send changes</source>
        <translation>Отправка изменений</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (not verified)</source>
        <translation>%1 (не проверен)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes since the last file to this contact</source>
        <translation>Изменения с последнего файла этому контакту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Всё</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen cases only</source>
        <translation>Только выбранные дела</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save as</source>
        <translation>Сохранить как</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write the file</source>
        <translation>Записать файл</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save the file as</source>
        <translation>Сохранить файл как</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/settings.py" line="+49"/>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock after this many idle minutes</source>
        <translation>Автоблокировка при бездействии через</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation (for dossiers)</source>
        <translation>Организация (для досье)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default redaction of dossiers</source>
        <translation>Обезличивание досье по умолчанию</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full: names shown</source>
        <translation>Полное досье: имена видны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonymised</source>
        <translation>С псевдонимами</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public: identifying details removed</source>
        <translation>Публичное: без идентифицирующих данных</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location line="+169"/>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>min</source>
        <translation>мин</translation>
    </message>
</context>
<context>
    <name>StoreActions</name>
    <message>
        <location filename="../../ui/store_actions.py" line="+70"/>
        <source>&amp;Back up the store…</source>
        <translation>&amp;Резервная копия хранилища…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore a backup…</source>
        <translation>&amp;Восстановить из резервной копии…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change the passphrase…</source>
        <translation>Сменить парольную &amp;фразу…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write an encrypted, verified copy of the store, under the same passphrase</source>
        <translation>Записать зашифрованную проверенную копию хранилища под той же парольной фразой</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Back up the store to</source>
        <translation>Куда сохранить резервную копию хранилища</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backing up — Monitor</source>
        <translation>Резервное копирование — Monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing an encrypted copy of the store to %1…</source>
        <translation>Запись зашифрованной копии хранилища в %1…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Backed up to %1.</source>
        <translation>Резервная копия записана в %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup written</source>
        <translation>Резервная копия записана</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store was backed up to %1 (%2). The copy is encrypted under the store&apos;s passphrase and was checked page by page; keep it apart from this laptop.</source>
        <translation>Резервная копия хранилища записана в %1 (%2). Копия зашифрована парольной фразой хранилища и проверена постранично; храните её отдельно от этого ноутбука.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup cancelled; no file was written.</source>
        <translation>Резервное копирование отменено; файл не записан.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup written</source>
        <translation>Резервная копия не записана</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk filled up while the backup was written to %1. No backup was written: the unfinished file was removed, and the store itself was not changed. Free at least %2 there, or choose another disk, and try again.</source>
        <translation>Во время записи резервной копии в %1 диск заполнился. Резервная копия не записана: недописанный файл удалён, само хранилище не изменено. Освободите там не меньше %2 или выберите другой диск и попробуйте ещё раз.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Re-encrypting the store…</source>
        <translation>Повторное шифрование хранилища…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Passphrase not changed</source>
        <translation>Парольная фраза не изменена</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase was changed: the store is re-encrypted under the new one. Backups made before still open with the old passphrase.</source>
        <translation>Парольная фраза изменена: хранилище заново зашифровано под новой. Резервные копии, сделанные раньше, по-прежнему открываются старой парольной фразой.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store was re-encrypted with today&apos;s key derivation; its passphrase is the same.</source>
        <translation>Хранилище заново зашифровано с нынешними параметрами выработки ключа; парольная фраза прежняя.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../ui/timeline_widget.py" line="+94"/>
        <source>Complaint timeline</source>
        <translation>Ход жалоб</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Complaint</source>
        <translation>Жалоба</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>No complaints yet. Add a complaint to start its timeline.</source>
        <translation>Жалоб пока нет. Добавьте жалобу, чтобы начать её ход.</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+85"/>
        <source>today</source>
        <translation>сегодня</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>date unknown</source>
        <translation>дата неизвестна</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Body: {body}</source>
        <translation>Орган: {body}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From {start} to {end}</source>
        <translation>С {start} по {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days in this stage: {days}</source>
        <translation>Дней на этом этапе: {days}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference: {ref}</source>
        <translation>Номер: {ref}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer due: {due}</source>
        <translation>Срок ответа: {due}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No answer, %n day(s) overdue</source>
        <translation>
            <numerusform>Ответа нет, просрочка %n день</numerusform>
            <numerusform>Ответа нет, просрочка %n дня</numerusform>
            <numerusform>Ответа нет, просрочка %n дней</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Answered %n day(s) late</source>
        <translation>
            <numerusform>Ответ пришёл с опозданием на %n день</numerusform>
            <numerusform>Ответ пришёл с опозданием на %n дня</numerusform>
            <numerusform>Ответ пришёл с опозданием на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possibly late: the dates allow {days} past the deadline</source>
        <translation>Возможно, с опозданием: даты допускают {days} после срока</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome: {outcome}</source>
        <translation>Результат: {outcome}</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+2"/>
        <location line="+66"/>
        <source>closed</source>
        <translation>закрыта</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>+{days} d</source>
        <translation>+{days} дн.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>stage (current one darkest)</source>
        <translation>этап (текущий темнее)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer late or overdue</source>
        <translation>ответ с опозданием или просрочен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer due within a week</source>
        <translation>срок ответа в течение недели</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <location filename="../../ui/trash.py" line="-19"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Удалена</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belongs to</source>
        <translation>Относится к</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>{holder} (deleted)</source>
        <translation>{holder} (удалено)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location line="+83"/>
        <source>Deleted records</source>
        <translation>Удалённые записи</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records deleted in this store, newest first. Restore brings a record back where it was (Enter); Erase for good overwrites it (Delete).</source>
        <translation>Записи, удалённые в этом хранилище, сначала самые новые. «Восстановить» возвращает запись на прежнее место (Enter); «Стереть навсегда» затирает её (Delete).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erase for good…</source>
        <translation>&amp;Стереть навсегда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n deleted record(s)</source>
        <translation>
            <numerusform>%n удалённая запись</numerusform>
            <numerusform>%n удалённые записи</numerusform>
            <numerusform>%n удалённых записей</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is deleted.</source>
        <translation>Удалённых записей нет.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n record(s) restored.</source>
        <translation>
            <numerusform>Восстановлена %n запись.</numerusform>
            <numerusform>Восстановлены %n записи.</numerusform>
            <numerusform>Восстановлено %n записей.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not restored</source>
        <translation>Не восстановлено</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{kind} “{label}” belongs to a record that is deleted too ({holder_kind}: “{holder}”): restore that record first.</source>
        <translation>{kind} «{label}» относится к записи, которая тоже удалена ({holder_kind}: «{holder}»): сначала восстановите ту запись.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>And %n more.</source>
        <translation>
            <numerusform>И ещё %n.</numerusform>
            <numerusform>И ещё %n.</numerusform>
            <numerusform>И ещё %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Erased for good: %n record(s), with their parts.</source>
        <translation>
            <numerusform>Стёрта навсегда %n запись вместе с её частями.</numerusform>
            <numerusform>Стёрты навсегда %n записи вместе с их частями.</numerusform>
            <numerusform>Стёрто навсегда %n записей вместе с их частями.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not done</source>
        <translation>Не выполнено</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="-131"/>
        <source>Open a store — Monitor</source>
        <translation>Открыть хранилище — Monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your encrypted store and type its passphrase.</source>
        <translation>Выберите зашифрованное хранилище и введите его парольную фразу.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new store…</source>
        <translation>Создать новое хранилище…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store file</source>
        <translation>Файл хранилища</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a store</source>
        <translation>Открыть хранилище</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a store file first.</source>
        <translation>Сначала выберите файл хранилища.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
</context>
<context>
    <name>UnlockPolicyDialog</name>
    <message>
        <location filename="../../ui/unlock_policy_dialog.py" line="+86"/>
        <source>Unlock protection — Monitor</source>
        <translation>Защита при разблокировке — Monitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A duress passphrase is set; typing a new one replaces it.</source>
        <translation>Тревожная парольная фраза задана; если ввести новую, она заменит прежнюю.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No duress passphrase is set.</source>
        <translation>Тревожная парольная фраза не задана.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duress passphrase also destroys this store</source>
        <translation>Тревожная парольная фраза также уничтожает это хранилище</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the duress passphrase and destroy its decoy store</source>
        <translation>Удалить тревожную парольную фразу и уничтожить её подставное хранилище</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After that many wrong passphrases in a row this store is overwritten and deleted, with no warning. The duress passphrase opens a separate, empty decoy store instead of this one. Neither reaches copies or backups of the store, and a small file in your settings folder says that they are set (see the security notes).</source>
        <translation>После стольких неверных парольных фраз подряд это хранилище перезаписывается и удаляется без предупреждения. Тревожная парольная фраза открывает вместо него отдельное пустое подставное хранилище. Ни то, ни другое не затрагивает копии и резервные копии хранилища, а небольшой файл в папке настроек выдаёт, что они включены (см. заметки о безопасности).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Destroy after failed unlocks</source>
        <translation>Уничтожить после неудачных попыток</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duress passphrase</source>
        <translation>Тревожная парольная фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat it</source>
        <translation>Повторите её</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two duress passphrases differ.</source>
        <translation>Тревожные парольные фразы не совпадают.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set a duress passphrase first: the store is destroyed when it is typed.</source>
        <translation>Сначала задайте тревожную парольную фразу: хранилище уничтожается, когда её вводят.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The duress passphrase must differ from the store&apos;s passphrase.</source>
        <translation>Тревожная парольная фраза должна отличаться от парольной фразы хранилища.</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ui/visit_form.py" line="+72"/>
        <source>Add a team member…</source>
        <translation>Добавить участника группы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Добавить</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Убрать</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>details</source>
        <translation>подробности</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+86"/>
        <source>Recommendation</source>
        <translation>Рекомендация</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+84"/>
        <location line="+27"/>
        <source>Area</source>
        <translation>Направление</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Status now</source>
        <translation>Текущий статус</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+218"/>
        <location line="+22"/>
        <source>Notes</source>
        <translation>Примечания</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Carried forward from the previous visit: {visit}</source>
        <translation>Перенесено с прошлого посещения: {visit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open recommendations from an earlier visit to this place.</source>
        <translation>Невыполненных рекомендаций с прошлых посещений этого учреждения нет.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>To</source>
        <translation>Кому</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What should change</source>
        <translation>Что должно измениться</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addressed to (e.g. the head of the facility)</source>
        <translation>Адресат (напр., начальник учреждения)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add recommendation</source>
        <translation>Добавить рекомендацию</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+130"/>
        <source>Visit</source>
        <translation>Посещение</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Place of detention</source>
        <translation>Место содержания</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a designation or name…</source>
        <translation>Введите обозначение или название…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monitoring body</source>
        <translation>Орган мониторинга</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type of visit</source>
        <translation>Вид посещения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Announced</source>
        <translation>Уведомление</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the visit was announced</source>
        <translation>о посещении уведомили заранее</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Окончание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Состав группы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ombudsman&apos;s approval</source>
        <translation>Согласие Уполномоченного</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPM special visits only: the request and the Ombudsman&apos;s decision.</source>
        <translation>Только для специальных посещений НПМ: запрос и решение Уполномоченного.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested on</source>
        <translation>Дата запроса</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Решение</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided on</source>
        <translation>Дата решения</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Access</source>
        <translation>Доступ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obstructions</source>
        <translation>Препятствия</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People held and interviews</source>
        <translation>Контингент и беседы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on the day</source>
        <translation>Численность</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private interviews</source>
        <translation>Беседы наедине</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group interviews</source>
        <translation>Групповые беседы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>Выводы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the team found, one box per area.</source>
        <translation>Что выявила группа, отдельно по каждому направлению.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary and notes</source>
        <translation>Итоги и примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Краткое описание</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendations</source>
        <translation>Рекомендации</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier ones</source>
        <translation>Прежние</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New ones</source>
        <translation>Новые</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interviewed people and allegations heard</source>
        <translation>Опрошенные лица и сообщённые нарушения</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added straight away; a new visit is saved first.</source>
        <translation>Добавляются сразу; новое посещение сначала сохраняется.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person</source>
        <translation>Лицо</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Категория</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Наедине</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who was interviewed…</source>
        <translation>С кем проведена беседа…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in private</source>
        <translation>наедине</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notes</source>
        <translation>примечания</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add interview</source>
        <translation>Добавить беседу</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Allegation</source>
        <translation>Нарушение</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add allegation heard…</source>
        <translation>Добавить нарушение…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New visit</source>
        <translation>Новое посещение</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Pick who was interviewed, or create them with New…</source>
        <translation>Выберите, с кем проведена беседа, или добавьте лицо кнопкой «Создать…»</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Allegation heard during the visit</source>
        <translation>Нарушение, о котором сообщили при посещении</translation>
    </message>
</context>
</TS>
