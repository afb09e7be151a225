<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="kk_KZ">
<context>
    <name>AddContactDialog</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="+105"/>
        <source>Add a contact</source>
        <translation>Контакт қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file says it is %1.</source>
        <translation>Файлда көрсетілгені: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fingerprint:</source>
        <translation>Кілт ізі:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before you trust files from this contact, read the fingerprint to them by phone or in person, and mark the contact verified when both agree.</source>
        <translation>Бұл контактінің файлдарына сенбес бұрын кілт ізін оған телефонмен оқып беріңіз немесе кездескенде салыстырыңыз; екеуі сәйкес келсе, контактіні тексерілген деп белгілеңіз.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keep as</source>
        <translation>Контакт аты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add contact</source>
        <translation>Контакт қосу</translation>
    </message>
</context>
<context>
    <name>AllegationParts</name>
    <message>
        <location filename="../../ui/editors/allegation_parts.py" line="+44"/>
        <location line="+144"/>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <location line="-143"/>
        <location line="+137"/>
        <source>Alleged perpetrator</source>
        <translation>Болжамды жасаушы</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>Witness</source>
        <translation>Куә</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>Save the allegation first; then add to it here.</source>
        <translation>Алдымен бұзушылықты сақтаңыз, содан кейін осында қосыңыз.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Add victim</source>
        <translation>Жәбірленушіні қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add alleged perpetrator</source>
        <translation>Болжамды жасаушыны қосу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Often unidentified: create a person such as &quot;masked special forces officer&quot; with what is known.</source>
        <translation>Көбіне жеке басы анықталмайды: «бетперде киген арнайы жасақ қызметкері» сияқты тұлға құрып, белгілі мәліметті көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+143"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location line="-141"/>
        <source>Type a name or pseudonym…</source>
        <translation>Аты-жөнін немесе бүркеншік атын теріңіз…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Kind of perpetrator</source>
        <translation>Жасаушы түрі</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+71"/>
        <source>Involvement</source>
        <translation>Қатысу түрі</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This person is already linked in this role.</source>
        <translation>Бұл тұлға осы рөлде бұрыннан көрсетілген.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not save: {error}</source>
        <translation>Сақтау мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Name or pseudonym</source>
        <translation>Аты-жөні не бүркеншік аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency, unit, position, rank</source>
        <translation>Ведомство, бөлімше, лауазым, атақ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add victim…</source>
        <translation>Жәбірленушіні қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add perpetrator…</source>
        <translation>Жасаушыны қосу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+88"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Unlink the selected person from this allegation</source>
        <translation>Таңдалған тұлғаны осы бұзушылықтан алып тастау</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Remove {name} ({role}) from this allegation? The person stays in the file, and the link stays in the history.</source>
        <translation>{name} ({role}) осы бұзушылықтан алынсын ба? Тұлға қоймада қалады, байланыс тарихта сақталады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Remove person</source>
        <translation>Тұлғаны алып тастау</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examiner</source>
        <translation>Сарапшы, дәрігер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Istanbul Protocol</source>
        <translation>Стамбул хаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add…</source>
        <translation>Қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a medical examination</source>
        <translation>Медициналық куәландыру қосу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>New medical examination</source>
        <translation>Жаңа медициналық куәландыру</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medical examination</source>
        <translation>Медициналық куәландыру</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove medical examination</source>
        <translation>Куәландыруды жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this medical examination from the allegation? It stays in the history.</source>
        <translation>Бұл куәландыру бұзушылықтан жойылсын ба? Ол тарихта қалады.</translation>
    </message>
</context>
<context>
    <name>CaseHeader</name>
    <message>
        <location filename="../../ui/case_view.py" line="+491"/>
        <source>Generate dossier…</source>
        <translation>Досье жасау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the case dossier as PDF (Ctrl+P)</source>
        <translation>Іс досьесін PDF түрінде шығару (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Victim: &lt;b&gt;{name}&lt;/b&gt;</source>
        <translation>Жәбірленуші: &lt;b&gt;{name}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Risk: {level}</source>
        <translation>Қауіп: {level}</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n day(s) since the first complaint</source>
        <translation>
            <numerusform>Алғашқы шағымнан бері %n күн</numerusform>
            <numerusform>Алғашқы шағымнан бері %n күн</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{days} since the first complaint</source>
        <translation>алғашқы шағымнан бері {days} өтті</translation>
    </message>
</context>
<context>
    <name>CaseStatusHistory</name>
    <message>
        <location filename="../../ui/case_status.py" line="+31"/>
        <source>Status changed on</source>
        <translation>Мәртебенің өзгерген күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When the new status took effect (&quot;March 2014&quot; will do); empty: the closing day for a closure, else today. The earlier statuses stay in the history below.</source>
        <translation>Жаңа мәртебе қашан күшіне енді («2014 ж. наурыз» деп жазуға болады); бос қалса — жабылған іс үшін жабылған күні, әйтпесе бүгінгі күн. Бұрынғы мәртебелер төмендегі тарихта сақталады.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Status history</source>
        <translation>Мәртебе тарихы</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No status recorded yet.</source>
        <translation>Мәртебе әлі көрсетілмеген.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{status} (reopened)</source>
        <translation>{status} (қайта ашылған)</translation>
    </message>
</context>
<context>
    <name>CaseView</name>
    <message>
        <location filename="../../ui/case_view.py" line="+34"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Allegation</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Methods</source>
        <translation>Әдістері</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Verification</source>
        <translation>Тексерілуі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add allegation</source>
        <translation>Бұзушылық қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick an allegation on the left, or add one.</source>
        <translation>Сол жақтан бұзушылықты таңдаңыз немесе жаңасын қосыңыз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete allegation…</source>
        <translation>Бұзушылықты жою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected allegation from the case? It stays in the history.</source>
        <translation>Таңдалған бұзушылық істен жойылсын ба? Ол тарихта қалады.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>Кіру мүмкіндігі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People of the case there</source>
        <translation>Іске қатысы бар адамдар</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Visits where the allegations were heard, reprisals happened or people of this case were interviewed or on the visit team. Double-click to open.</source>
        <translation>Бұзушылықтар туралы хабарланған, қудалау болған, осы іске қатысты адамдармен әңгімелескен немесе олар бару тобының құрамында болған барулар. Ашу үшін екі рет шертіңіз.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Overview</source>
        <translation>Жалпы мәлімет</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+50"/>
        <source>People and roles</source>
        <translation>Тұлғалар мен рөлдер</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+49"/>
        <source>Allegations</source>
        <translation>Бұзушылықтар</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Complaint timeline</source>
        <translation>Шағымдар барысы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custody</source>
        <translation>Ұстау</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+48"/>
        <source>Reprisals</source>
        <translation>Қудалаулар</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+48"/>
        <source>Visits</source>
        <translation>Барулар</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>History</source>
        <translation>Тарих</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This case could not be opened.</source>
        <translation>Істі ашу мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The dossier is made from what is saved. Save your changes first?</source>
        <translation>Досье сақталған деректерден жасалады. Алдымен өзгерістерді сақтайсыз ба?</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../ui/list_models.py" line="+44"/>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk</source>
        <translation>Қауіп</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Opened</source>
        <translation>Ашылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late answers</source>
        <translation>Кешіккен жауап</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of visit</source>
        <translation>Бару түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access</source>
        <translation>Кіру мүмкіндігі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews</source>
        <translation>Әңгімелесу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Designation</source>
        <translation>Белгісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Аты, атауы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authority</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Capacity</source>
        <translation>Лимиті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Барулар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym</source>
        <translation>Бүркеншік аты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprisal</source>
        <translation>Қудалау</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Against</source>
        <translation>Кімге қатысты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days late</source>
        <translation>Кешіккен күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>Мерзім</translation>
    </message>
</context>
<context>
    <name>ComplaintsTab</name>
    <message>
        <location filename="../../ui/case_view.py" line="-439"/>
        <source>Add complaint…</source>
        <translation>Шағым қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add step…</source>
        <translation>Кезең қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit step…</source>
        <translation>Кезеңді өзгерту…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer due</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered</source>
        <translation>Жауап келді</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days in stage</source>
        <translation>Кезеңдегі күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days late</source>
        <translation>Кешіккен күн</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Steps</source>
        <translation>Кезеңдер</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>%n complaint(s)</source>
        <translation>
            <numerusform>%n шағым</numerusform>
            <numerusform>%n шағым</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n late answer(s)</source>
        <translation>
            <numerusform>%n жауап кешікті</numerusform>
            <numerusform>%n жауап кешікті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n overdue now</source>
        <translation>
            <numerusform>қазір мерзімі өткен: %n</numerusform>
            <numerusform>қазір мерзімі өткен: %n</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>New complaint</source>
        <translation>Жаңа шағым</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New complaint step</source>
        <translation>Шағымның жаңа кезеңі</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Complaint step</source>
        <translation>Шағым кезеңі</translation>
    </message>
</context>
<context>
    <name>ConflictsPage</name>
    <message>
        <location filename="../../ui/exchange_view.py" line="+512"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Field</source>
        <translation>Өріс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed by</source>
        <translation>Кім өзгертті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This store (mine)</source>
        <translation>Осы қойма (менікі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Received (theirs)</source>
        <translation>Алынғаны (олардікі)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Take theirs</source>
        <translation>Олардікін алу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No conflicts wait for a decision.</source>
        <translation>Шешім күтіп тұрған қайшылықтар жоқ.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Deleted or kept</source>
        <translation>Жойылды ма, сақталды ма</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>deleted</source>
        <translation>жойылған</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>kept</source>
        <translation>сақталған</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>(empty)</source>
        <translation>(бос)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this store</source>
        <translation>осы қойма</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
</context>
<context>
    <name>CreateIdentityDialog</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="-64"/>
        <source>Create this store&apos;s identity</source>
        <translation>Қойманың куәлігін құру</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your contacts will see this name and organisation when they add you and when they merge a file from you. The private keys stay inside this encrypted store.</source>
        <translation>Бұл атау мен ұйымды контактілеріңіз сізді қосқанда және сіз жіберген файлды біріктіргенде көреді. Жабық кілттер осы шифрланған қойманың ішінде қалады.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name (required)</source>
        <translation>Аты (міндетті)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Ұйым</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Create</source>
        <translation>Құру</translation>
    </message>
</context>
<context>
    <name>CreateStoreDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="+246"/>
        <source>Create a store — Monitor</source>
        <translation>Қойма құру — Monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create</source>
        <translation>Құру</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="+111"/>
        <source>Suggest a passphrase</source>
        <translation>Құпия фраза ұсыну</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="+4"/>
        <source>The passphrase cannot be recovered: without it the store cannot be read by anyone, including you. Prefer several words.</source>
        <translation>Құпия фразаны қалпына келтіру мүмкін емес: онсыз қойманы ешкім, тіпті сіз де оқи алмайсыз. Бірнеше сөз алған дұрыс.</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>New store file</source>
        <translation>Жаңа қойма файлы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Repeat the passphrase</source>
        <translation>Құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="-81"/>
        <source>Type a passphrase; spaces alone do not count.</source>
        <translation>Құпия фразаны енгізіңіз; тек бос орындар есептелмейді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Too short: use at least %1 characters (several words are best).</source>
        <translation>Тым қысқа: кемінде %1 таңба керек (бірнеше сөз болғаны жақсы).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too easy to guess (strength %1 of 4, at least %2 needed): add words, or use a suggested passphrase.</source>
        <translation>Табу тым оңай (беріктігі 4-тен %1, кемінде %2 керек): сөз қосыңыз немесе ұсынылған құпия фразаны алыңыз.</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>Strength %1 of 4: good.</source>
        <translation>Беріктігі 4-тен %1: жақсы.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>A suggested passphrase of six random English words is in both fields. Learn it or write it down and keep it apart from the laptop: it cannot be recovered.</source>
        <translation>Екі өріске де алты кездейсоқ ағылшын сөзінен тұратын ұсынылған құпия фраза жазылды. Оны жаттап алыңыз немесе жазып, ноутбуктан бөлек сақтаңыз: оны қалпына келтіру мүмкін емес.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="+5"/>
        <source>Create a store</source>
        <translation>Қойма құру</translation>
    </message>
    <message>
        <location filename="../../ui/passphrase_fields.py" line="+34"/>
        <source>Type a passphrase.</source>
        <translation>Құпия фразаны енгізіңіз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passphrases differ.</source>
        <translation>Құпия фразалар сәйкес келмейді.</translation>
    </message>
    <message>
        <location filename="../../ui/unlock.py" line="+13"/>
        <source>That file already exists; choose another name.</source>
        <translation>Мұндай файл бар; басқа атау таңдаңыз.</translation>
    </message>
</context>
<context>
    <name>Custody</name>
    <message>
        <location filename="../../ui/case_custody.py" line="+70"/>
        <source>The arrest and the safeguards of the first hours: registration, lawyer, doctor, family. Double-click to open.</source>
        <translation>Ұстау және алғашқы сағаттардағы кепілдіктер: тіркеу, адвокат, дәрігер, туыстарға хабарлау. Жазбаны ашу үшін екі рет шертіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add arrest…</source>
        <translation>Ұстауды қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Ашу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete…</source>
        <translation>Жою…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrested</source>
        <translation>Ұсталды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered</source>
        <translation>Хаттама</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First lawyer</source>
        <translation>Адвокатқа алғаш қол жеткізу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours without a lawyer</source>
        <translation>Адвокатсыз өткен уақыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/editors/custody.py" line="+85"/>
        <source>Register number</source>
        <translation>СДТБТ / КУИ нөмірі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>not recorded</source>
        <translation>жазылмаған</translation>
    </message>
    <message>
        <location line="+27"/>
        <location filename="../../ui/editors/custody.py" line="+118"/>
        <source>Arrest and custody</source>
        <translation>Ұстау және күзетпен ұстау</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/editors/custody.py" line="-1"/>
        <source>New arrest and custody record</source>
        <translation>Ұстау туралы жаңа жазба</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Delete the selected arrest from the case? It stays in the history.</source>
        <translation>Таңдалған ұстау істен жойылсын ба? Ол тарихта қалады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location filename="../../ui/editors/custody.py" line="-166"/>
        <source>HH:MM; empty if not known</source>
        <translation>СС:ММ; белгісіз болса, бос қалдырыңыз</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the time as HH:MM, e.g. 10:30, or leave it empty.</source>
        <translation>Уақытты СС:ММ түрінде жазыңыз, мысалы 10:30, немесе бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Time</source>
        <translation>Уақыты</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>given</source>
        <translation>берілді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Arrest</source>
        <translation>Ұстау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each moment as the record or the person gives it: a day, a month or &quot;about&quot;; the time only when it is known.</source>
        <translation>Әр сәт құжатта немесе адамның өз сөзінде қалай айтылса, солай жазылады: күні, айы немесе «шамамен»; уақыты тек белгілі болса ғана.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Detained person</source>
        <translation>Ұсталған адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name or pseudonym…</source>
        <translation>Аты-жөнін немесе бүркеншік атын теріңіз…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Place of detention</source>
        <translation>Ұстау орны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actual arrest</source>
        <translation>Нақты ұстау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration of the detention</source>
        <translation>Ұстауды ресімдеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Protocol drawn up</source>
        <translation>Хаттама жасалды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ERDR or KUI number</source>
        <translation>СДТБТ немесе КУИ нөмірі</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Lawyer</source>
        <translation>Адвокат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access to a lawyer</source>
        <translation>Адвокатқа қол жеткізу</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>First access</source>
        <translation>Алғаш қол жеткізу</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Of their own choice</source>
        <translation>Өзі таңдаған</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Doctor</source>
        <translation>Дәрігер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access to a doctor</source>
        <translation>Дәрігерге қол жеткізу</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Family</source>
        <translation>Туыстары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family informed</source>
        <translation>Туыстарына хабарланды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Informed on</source>
        <translation>Хабарланған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End of police custody</source>
        <translation>Полицияда ұстаудың аяқталуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released or handed over</source>
        <translation>Босатылды немесе берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Күдік және айып</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspicion or charges</source>
        <translation>Күдік немесе айып</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Article</source>
        <translation>Бап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Registered {hours} after the arrest.</source>
        <translation>Хаттама ұсталғаннан {hours} өткен соң жасалды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Over the 3 hours of Art. 131 of the 2014 Code of Criminal Procedure.</source>
        <translation>2014 ж. ҚПК 131-бабында белгіленген 3 сағаттан асты.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Possibly over the 3 hours of Art. 131 of the 2014 Code of Criminal Procedure.</source>
        <translation>2014 ж. ҚПК 131-бабында белгіленген 3 сағаттан асуы мүмкін.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Hours without a lawyer: {hours}.</source>
        <translation>Адвокатсыз өткен уақыт: {hours}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No lawyer until release.</source>
        <translation>Босатылғанға дейін адвокатсыз.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This is before the arrest.</source>
        <translation>Бұл ұсталғанға дейінгі уақыт.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A time needs a whole day; give the day or leave the time empty.</source>
        <translation>Уақыт тек күні белгілі болғанда мағыналы: күнін көрсетіңіз немесе уақытты бос қалдырыңыз.</translation>
    </message>
</context>
<context>
    <name>Deadlines</name>
    <message>
        <location filename="../../ui/list_models.py" line="+330"/>
        <source>Overdue</source>
        <translation>Өтіп кетті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Жақындап қалды</translation>
    </message>
    <message>
        <location filename="../../ui/deadlines.py" line="+25"/>
        <source>%1 overdue, %2 due within 7 days</source>
        <translation>Мерзімі өткен: %1; 7 күн ішінде мерзімі келетін: %2</translation>
    </message>
</context>
<context>
    <name>DeadlinesView</name>
    <message>
        <location line="+39"/>
        <source>Complaint steps still waiting for an answer: overdue first, then due within 7 days. Open a row to see the case at that step.</source>
        <translation>Жауап күтіп тұрған шағымдар: алдымен мерзімі өткендері, сосын 7 күн ішінде мерзімі келетіндері. Істі осы кезеңде көру үшін жолды ашыңыз.</translation>
    </message>
</context>
<context>
    <name>Detail</name>
    <message>
        <location filename="../../ui/detail.py" line="+86"/>
        <source>Unsaved changes</source>
        <translation>Сақталмаған өзгерістер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record has changes that are not saved yet.</source>
        <translation>Жазбада әлі сақталмаған өзгерістер бар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save them before leaving?</source>
        <translation>Кетпес бұрын оларды сақтайсыз ба?</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>The record was not saved, so it stays open: correct what is marked, or discard the changes.</source>
        <translation>Жазба сақталмады, сондықтан ол ашық қалады: белгіленгенді түзетіңіз немесе өзгерістерден бас тартыңыз.</translation>
    </message>
</context>
<context>
    <name>DisputedBanner</name>
    <message numerus="yes">
        <location filename="../../ui/exchange_view.py" line="+269"/>
        <source>Disputed: %n field(s) of this record were changed differently in another store. It shows one value until someone chooses in Exchange, Conflicts.</source>
        <translation>
            <numerusform>Даулы жазба: бұл жазбаның %n өрісі басқа қоймада басқаша өзгертілген. Біреу «Алмасу», «Қайшылықтар» бөлімінде таңдағанша, мәндердің біреуі көрсетіледі.</numerusform>
            <numerusform>Даулы жазба: бұл жазбаның %n өрісі басқа қоймада басқаша өзгертілген. Біреу «Алмасу», «Қайшылықтар» бөлімінде таңдағанша, мәндердің біреуі көрсетіледі.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicatesPage</name>
    <message>
        <location line="-235"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Maybe the same as</source>
        <translation>Мынамен бірдей болуы мүмкін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Неліктен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First record</source>
        <translation>Бірінші жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second record</source>
        <translation>Екінші жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge into one</source>
        <translation>Біреуге біріктіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not the same</source>
        <translation>Бұлар әртүрлі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No likely duplicates wait for a decision.</source>
        <translation>Шешім күтіп тұрған ықтимал қайталанулар жоқ.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Not merged</source>
        <translation>Біріктірілмеді</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
</context>
<context>
    <name>Editors</name>
    <message>
        <location filename="../../ui/editors/pickers.py" line="+87"/>
        <source>New record</source>
        <translation>Жаңа жазба</translation>
    </message>
    <message>
        <location filename="../../ui/editors/kinds.py" line="+40"/>
        <source>At least one of name, pseudonym or code.</source>
        <translation>Аты-жөні, бүркеншік аты не коды: кемінде біреуі қажет.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+130"/>
        <location line="+67"/>
        <source>Place of detention</source>
        <translation>Ұстау орны</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>Designation</source>
        <translation>Белгісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. AK-159/6</source>
        <translation>мыс., АК-159/6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of place</source>
        <translation>Мекеме түрі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regime</source>
        <translation>Режимі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Authority</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Орналасқан жері</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+121"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location line="-119"/>
        <location line="+72"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Capacity and mandates</source>
        <translation>Лимит және мандаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Толтыру лимиті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPM mandate</source>
        <translation>ҰАТ мандаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPM may visit this place</source>
        <translation>ҰАТ бұл мекемеге бара алады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PMC mandate</source>
        <translation>ҚБК мандаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PMC may visit this place</source>
        <translation>ҚБК бұл мекемеге бара алады</translation>
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
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location line="-505"/>
        <location filename="../../ui/editors/pickers.py" line="-62"/>
        <source>New place of detention</source>
        <translation>Жаңа ұстау орны</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other spellings</source>
        <translation>Басқа жазылуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one per line: other spellings, aliases, initials</source>
        <translation>әр жолға біреуден: басқа жазылуы, лақап аттары, аты-жөнінің бас әріптері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pseudonym</source>
        <translation>Бүркеншік аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>used in anything that leaves the lawyer&apos;s hands</source>
        <translation>адвокаттан әрі берілетін барлық құжатта қолданылады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also</source>
        <translation>Сондай-ақ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other categories: a relative who is also the lawyer.</source>
        <translation>Басқа санаттар: мысалы, әрі туысы, әрі адвокаты.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Born</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consent and risk</source>
        <translation>Келісім және қауіп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent</source>
        <translation>Келісімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to record their account</source>
        <translation>әңгімесін жазып алуға</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to share it with a lawyer</source>
        <translation>адвокатқа беруге</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to publish it</source>
        <translation>жариялауға</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to refer it to the UN</source>
        <translation>БҰҰ-ға жолдауға</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+58"/>
        <location line="+330"/>
        <source>Risk level</source>
        <translation>Қауіп деңгейі</translation>
    </message>
    <message>
        <location line="-386"/>
        <source>Official</source>
        <translation>Лауазымды адам</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For alleged perpetrators and other officials.</source>
        <translation>Болжамды жасаушылар мен басқа лауазымды адамдар үшін.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Атағы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified</source>
        <translation>Анықталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity known</source>
        <translation>жеке басы анықталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group</source>
        <translation>Топ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a group of unidentified people, e.g. &quot;masked internal troops&quot;</source>
        <translation>жеке басы анықталмаған адамдар тобы, мысалы «бетперделі ішкі әскер әскери қызметшілері»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number in the group</source>
        <translation>Топтағы адам саны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About how many; leave empty when the number is unknown.</source>
        <translation>Шамамен қанша адам; саны белгісіз болса, бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Give a name, a pseudonym or a code.</source>
        <translation>Аты-жөнін, бүркеншік атын немесе кодын көрсетіңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/editors/pickers.py" line="+1"/>
        <source>New person</source>
        <translation>Жаңа тұлға</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+346"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="-345"/>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Victim and place</source>
        <translation>Жәбірленуші және орын</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a name or pseudonym…</source>
        <translation>Аты-жөнін немесе бүркеншік атын теріңіз…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Dates</source>
        <translation>Күндер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened on</source>
        <translation>Ашылған күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed on</source>
        <translation>Жабылған күні</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location line="+31"/>
        <location filename="../../ui/editors/pickers.py" line="+1"/>
        <source>New case</source>
        <translation>Жаңа іс</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+272"/>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location line="-271"/>
        <location line="+79"/>
        <location line="+180"/>
        <location line="+103"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="-360"/>
        <source>In one line</source>
        <translation>Қысқаша</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Account</source>
        <translation>Мән-жайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When and where</source>
        <translation>Қашан және қайда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Басталған күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Until</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave empty for a single date.</source>
        <translation>Бір ғана күн болса, бос қалдырыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of location</source>
        <translation>Оқиға орны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where exactly</source>
        <translation>Нақты қай жерде</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How and why</source>
        <translation>Қалай және не үшін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods</source>
        <translation>Әдістері</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Purpose</source>
        <translation>Мақсаты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Injuries</source>
        <translation>Дене жарақаттары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Assessment</source>
        <translation>Бағалау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal qualification</source>
        <translation>Құқықтық саралау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Ақпарат көзі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verification</source>
        <translation>Тексерілуі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Victims and alleged perpetrators</source>
        <translation>Жәбірленушілер және болжамды жасаушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added and removed at once; double-click a person to edit them.</source>
        <translation>Бірден қосылады және алынады; тұлғаны өңдеу үшін оны екі рет шертіңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Medical evidence</source>
        <translation>Медициналық дәлелдер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forensic and independent examinations, prison medical records.</source>
        <translation>Сот-медициналық және тәуелсіз куәландырулар, мекеменің медициналық құжаттары.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saving the allegation adds the case&apos;s victim to it as a victim; then add the others here.</source>
        <translation>Бұзушылық сақталғанда оған іс бойынша жәбірленуші қосылады; қалғандарын содан кейін осында қосыңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This is before the start date.</source>
        <translation>Бұл күн басталған күннен бұрын.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../ui/editors/pickers.py" line="+1"/>
        <source>New allegation</source>
        <translation>Жаңа бұзушылық</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+17"/>
        <source>Medical examination</source>
        <translation>Медициналық куәландыру</translation>
    </message>
    <message>
        <location line="-14"/>
        <location line="+75"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>Examiner</source>
        <translation>Сарапшы, дәрігер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. forensic expert of the regional bureau</source>
        <translation>мыс., облыстық бюроның сот-медициналық сарапшысы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Istanbul Protocol</source>
        <translation>Стамбул хаттамасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whether the examination follows the Istanbul Protocol.</source>
        <translation>Куәландыру Стамбул хаттамасына сай жүргізілді ме.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../ui/editors/pickers.py" line="+1"/>
        <source>New medical examination</source>
        <translation>Жаңа медициналық куәландыру</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent to</source>
        <translation>Кімге берілді</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject</source>
        <translation>Шағымның мәні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A new complaint starts its timeline with a &quot;Complaint filed&quot; step on this date.</source>
        <translation>Жаңа шағымның барысы осы күнгі «Шағым берілді» кезеңінен басталады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complainant</source>
        <translation>Шағымданушы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About the allegation</source>
        <translation>Бұзушылық бойынша</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+46"/>
        <source>Reference number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location line="-28"/>
        <location filename="../../ui/editors/pickers.py" line="+1"/>
        <source>New complaint</source>
        <translation>Жаңа шағым</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Procedural step</source>
        <translation>Іс жүргізу кезеңі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Body</source>
        <translation>Орган</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Answer</source>
        <translation>Жауап</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer due</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Filled in from the usual term for this step and body; change it if the law or the letter says otherwise.</source>
        <translation>Осы кезең мен орган үшін әдеттегі мерзіммен толтырылды; заңда не хатта басқа мерзім көрсетілсе, өзгертіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Answered on</source>
        <translation>Жауап алынған күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+122"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>The answer cannot come before the step itself.</source>
        <translation>Жауап кезеңнің өзінен бұрын болуы мүмкін емес.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../ui/editors/pickers.py" line="+1"/>
        <source>New complaint step</source>
        <translation>Шағымның жаңа кезеңі</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reprisal</source>
        <translation>Қудалау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Against</source>
        <translation>Кімге қатысты</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Their role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>By whom</source>
        <translation>Кім тарапынан</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provoked by</source>
        <translation>Неге байланысты</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Allegation</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visit</source>
        <translation>Бару</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>To pressure</source>
        <translation>Қысымның нысанасы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The person the pressure is aimed at, when it is not the person targeted (a brother ill-treated to silence his sister).</source>
        <translation>Қысым шын мәнінде бағытталған адам, егер ол қудаланған адам болмаса (қарындасын үндемеуге мәжбүрлеу үшін ағасын ұрып-соғу).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transferred to</source>
        <translation>Қайда ауыстырылды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proceedings and outcome</source>
        <translation>Іс жүргізу және нәтижесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A conviction follows the prosecution, an appeal the conviction: pick the event this one follows.</source>
        <translation>Үкім қылмыстық қудалаудан кейін, апелляция үкімнен кейін болады: осы оқиғаның алдындағы оқиғаны таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Follows</source>
        <translation>Алдыңғы оқиға</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sentence</source>
        <translation>Жаза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 3 years in a general-regime colony</source>
        <translation>мысалы, жалпы режимдегі колонияда 3 жыл</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>A reprisal cannot follow itself.</source>
        <translation>Оқиға өзінен кейін бола алмайды.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/editors/pickers.py" line="+1"/>
        <source>New reprisal</source>
        <translation>Жаңа қудалау жағдайы</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Response</source>
        <translation>Ден қою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action taken</source>
        <translation>Қабылданған шара</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>On</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Response to the reprisal</source>
        <translation>Қудалауға ден қою</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/editors/pickers.py" line="+1"/>
        <source>New response</source>
        <translation>Жаңа ден қою шарасы</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Taken or written</source>
        <translation>Жасалған күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Құпия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave out of pseudonymised dossiers</source>
        <translation>бүркеншік аттары бар досьеге қоспау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Integrity</source>
        <translation>Тұтастығы</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SHA-256: {hash}</source>
        <translation>SHA-256: {hash}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size: {size} bytes, {type}</source>
        <translation>Көлемі: {size} байт, {type}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photo metadata (such as GPS) was removed at intake.</source>
        <translation>Фотосуреттің метадеректері (мысалы, GPS) қосу кезінде өшірілді.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Evidence</source>
        <translation>Дәлелдер</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <location filename="../../ui/errors.py" line="+88"/>
        <source>Cancelled; nothing was changed.</source>
        <translation>Тоқтатылды; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrong passphrase, or the file is not a Monitor store. Try again.</source>
        <translation>Құпия фраза қате немесе файл Monitor қоймасы емес. Қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file is not a Monitor store, or it is missing or empty. Choose another file.</source>
        <translation>Бұл файл Monitor қоймасы емес, не ол жоқ немесе бос. Басқа файлды таңдаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This store was written by a newer version of Monitor. Update Monitor to open it.</source>
        <translation>Бұл қойма Monitor-дың жаңа нұсқасымен жазылған. Оны ашу үшін Monitor-ды жаңартыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store can only be read here (it is open in another program, or its file cannot be written): nothing was saved.</source>
        <translation>Қойманы мұнда тек оқуға болады (ол басқа бағдарламада ашық немесе оның файлына жазу мүмкін емес): ештеңе сақталған жоқ.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store is in use by another Monitor window or program. Close it and try again.</source>
        <translation>Қойманы Monitor-дың басқа терезесі немесе басқа бағдарлама пайдаланып тұр. Оны жауып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The disk was full: this change was not saved; what was saved before stays in the store. {mount} now has {free} MB free: try again.</source>
        <translation>Диск толып қалған еді: бұл өзгеріс сақталмады; бұрын сақталғандар қоймада қалады. Енді {mount} ішінде {free} МБ бос орын бар: қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full: this change was not saved; what was saved before stays in the store. {mount} has {free} MB free and the store&apos;s log holds {wal} MB. Free at least {need} MB on {mount} and try again.</source>
        <translation>Диск толы: бұл өзгеріс сақталмады; бұрын сақталғандар қоймада қалады. {mount} ішінде {free} МБ бос орын бар, ал қойманың журналы {wal} МБ алып тұр. {mount} ішінде кемінде {need} МБ орын босатып, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The disk is full. Free some space and try again; nothing was changed.</source>
        <translation>Диск толы. Орын босатып, қайталап көріңіз; ештеңе өзгертілген жоқ.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This file no longer matches the SHA-256 taken when it was added: the store is damaged. Nothing was shown; restore the store from a backup.</source>
        <translation>Бұл файл қосылған кезде алынған SHA-256 мәніне енді сәйкес келмейді: қойма зақымдалған. Файл көрсетілмеді; қойманы сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is damaged, or it is not a Monitor store. If it is your store, restore it from a backup.</source>
        <translation>Файл бүлінген немесе Monitor қоймасы емес. Бұл сіздің қоймаңыз болса, оны сақтық көшірмеден қалпына келтіріңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>That file already exists. Choose another name.</source>
        <translation>Мұндай файл бұрыннан бар. Басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This installation lacks SQLCipher 4, which keeps the store encrypted. Reinstall Monitor.</source>
        <translation>Бұл орнатуда қойманы шифрлайтын SQLCipher 4 жоқ. Monitor-ды қайта орнатыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store could not do this; nothing was changed. Try again.</source>
        <translation>Қойма бұл әрекетті орындай алмады; ештеңе өзгертілген жоқ. Қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This record was changed elsewhere after you opened it. Reload it, then make your change again.</source>
        <translation>Бұл жазба сіз ашқаннан кейін басқа жерде өзгертілді. Оны қайта жүктеп, өзгерісіңізді қайта енгізіңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This record no longer exists: it may have been deleted.</source>
        <translation>Бұл жазба енді жоқ: ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Some values cannot be saved ({fields}). Correct them and save again.</source>
        <translation>Кейбір мәндерді сақтау мүмкін емес ({fields}). Оларды түзетіп, қайта сақтаңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Monitor is not allowed to use this file or folder. Choose another place.</source>
        <translation>Monitor-ға бұл файлды немесе қалтаны пайдалануға рұқсат жоқ. Басқа орын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file or folder does not exist (any more). Choose another one.</source>
        <translation>Мұндай файл немесе қалта жоқ (енді жоқ). Басқасын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file could not be read or written ({code}). Try again, or choose another place.</source>
        <translation>Файлды оқу немесе жазу мүмкін болмады ({code}). Қайталап көріңіз немесе басқа орын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Something went wrong (a fault in Monitor), and its report could not be saved.</source>
        <translation>Бірдеңе дұрыс болмады (Monitor-дағы ақау), және оның есебін сақтау мүмкін болмады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Something went wrong (a fault in Monitor); a report was saved to {path}.</source>
        <translation>Бірдеңе дұрыс болмады (Monitor-дағы ақау); есеп мына жерге сақталды: {path}.</translation>
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
        <translation>Файлдар қоймада шифрланып сақталады, қосқан кезде SHA-256 хэші есептеледі. Фотосуреттің GPS сияқты метадеректері өшіріледі. Файлдарды осында сүйреп әкеліңіз немесе «Файл қосу…» батырмасын басыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add files…</source>
        <translation>Файл қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added</source>
        <translation>Қосылған күні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Add evidence files</source>
        <translation>Дәлел файлдарын қосу</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <location line="+23"/>
        <source>Adding %n file(s)…</source>
        <translation>
            <numerusform>Файлдар қосылуда: %n…</numerusform>
            <numerusform>Файлдар қосылуда: %n…</numerusform>
        </translation>
    </message>
    <message>
        <location line="-3"/>
        <source>{name} could not be added: {error}</source>
        <translation>{name} қосылмады: {error}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added.</source>
        <translation>Қосылды.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Open in another program</source>
        <translation>Басқа бағдарламада ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitor cannot show this file itself. To open it in another program, a decrypted copy is written to disk; it is wiped when the store is locked or the app closes, but the other program may keep its own copies. Open it?</source>
        <translation>Monitor бұл файлды өзі көрсете алмайды. Оны басқа бағдарламада ашу үшін дискіге шифры ашылған көшірме жазылады; қойма құлыпталғанда немесе бағдарлама жабылғанда ол өшіріледі, бірақ басқа бағдарлама өз көшірмелерін сақтап қалуы мүмкін. Ашу керек пе?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Opened a decrypted copy; it is wiped when the store is locked or the app closes.</source>
        <translation>Шифры ашылған көшірме ашылды; қойма құлыпталғанда немесе бағдарлама жабылғанда ол өшіріледі.</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Could not open the file: {error}</source>
        <translation>Файлды ашу мүмкін болмады: {error}</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remove evidence</source>
        <translation>Дәлелді жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove this file from the case? It stays in the history and can be restored.</source>
        <translation>Бұл файлды істен алып тастайсыз ба? Ол тарихта қалады, оны қалпына келтіруге болады.</translation>
    </message>
</context>
<context>
    <name>EvidenceViewer</name>
    <message>
        <location filename="../../ui/evidence_viewer.py" line="+112"/>
        <source>Evidence</source>
        <translation>Дәлел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous page</source>
        <translation>Алдыңғы бет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next page</source>
        <translation>Келесі бет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page {page} of {pages}</source>
        <translation>{pages} беттің {page}-беті</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="+65"/>
        <source>The file was refused; nothing of it was merged: %1</source>
        <translation>Файл қабылданбады, одан ештеңе біріктірілмеді: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Monitor identity file, or it is damaged or expired. Ask the contact for their identity file again.</source>
        <translation>Бұл Monitor куәлігінің файлы емес, не ол бүлінген немесе мерзімі өткен. Контактіден куәлік файлын қайта сұраңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another contact already has this name. Choose another name.</source>
        <translation>Бұл атпен контакт бұрыннан бар. Басқа ат таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This store already has an identity.</source>
        <translation>Бұл қойманың куәлігі бұрыннан бар.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This contact is not in this store (any more).</source>
        <translation>Бұл контакт қоймада жоқ (енді жоқ).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This conflict was settled already (perhaps by a file merged since).</source>
        <translation>Бұл қайшылық шешіліп қойған (мүмкін, кейін біріктірілген файл арқылы).</translation>
    </message>
    <message>
        <location filename="../../ui/errors.py" line="-71"/>
        <source>it was written for another recipient, not for this store (or its start was damaged)</source>
        <translation>ол осы қоймаға емес, басқа алушыға арналған (немесе оның басы зақымдалған)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its sender is not one of your contacts: add them from their identity file first</source>
        <translation>оның жіберушісі контактілеріңіздің арасында жоқ: алдымен оны куәлік файлынан қосыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it was changed or damaged on the way</source>
        <translation>ол жолда өзгертілген немесе зақымдалған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is cut short: it ends before its signature</source>
        <translation>ол толық емес: қолтаңбасына жетпей үзіледі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>something was added after its end</source>
        <translation>оның соңынан кейін бірдеңе қосылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was made by a newer version of Monitor: update Monitor, then merge it again</source>
        <translation>ол Monitor-дың жаңарақ нұсқасында жасалған: Monitor-ды жаңартып, оны қайта біріктіріңіз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this store has no identity yet: create one in Identity and contacts</source>
        <translation>бұл қойманың әлі куәлігі жоқ: оны «Куәлік және контактілер» бөлімінде құрыңыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it changes records this store does not have yet: merge the sender&apos;s earlier files first, or ask them for a file with everything</source>
        <translation>ол бұл қоймада әлі жоқ жазбаларды өзгертеді: алдымен жіберушінің бұрынғы файлдарын біріктіріңіз немесе одан барлық деректері бар файлды сұраңыз</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_dialogs.py" line="+9"/>
        <source>name %1% alike</source>
        <translation>аттары %1% ұқсас</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>same birth year</source>
        <translation>туған жылы бірдей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same gender</source>
        <translation>жынысы бірдей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same designation</source>
        <translation>белгісі бірдей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same region</source>
        <translation>өңірі бірдей</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same kind of place</source>
        <translation>мекеме түрі бірдей</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another kind of place</source>
        <translation>мекеме түрі басқа</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_files.py" line="+69"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+273"/>
        <source>The file was written to %1. Only this contact can open it; its name says nothing of what is in it.</source>
        <translation>Файл сақталды: %1. Оны тек осы контакт аша алады; файл атауы ішіндегісі туралы ештеңе айтпайды.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send changes</source>
        <translation>Өзгерістерді жіберу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing the encrypted file…</source>
        <translation>Шифрланған файл жазылуда…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No file written</source>
        <translation>Файл сақталмады</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <location line="+52"/>
        <source>Merge files</source>
        <translation>Файлдарды біріктіру</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Checking the files; nothing is written yet…</source>
        <translation>Файлдар тексерілуде; әзірге ештеңе жазылмайды…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing merged</source>
        <translation>Ештеңе біріктірілмеді</translation>
    </message>
    <message numerus="yes">
        <location line="+34"/>
        <source>%n file(s) merged. Conflicts and likely duplicates wait in Exchange for your choice.</source>
        <translation>
            <numerusform>%n файл біріктірілді. Қайшылықтар мен ықтимал қайталанулар «Алмасу» бөлімінде сіздің шешіміңізді күтеді.</numerusform>
            <numerusform>%n файл біріктірілді. Қайшылықтар мен ықтимал қайталанулар «Алмасу» бөлімінде сіздің шешіміңізді күтеді.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Cancelled: %n file(s) were merged before, the others were not.</source>
        <translation>
            <numerusform>Тоқтатылды: оған дейін %n файл біріктірілді, қалғандары біріктірілмеді.</numerusform>
            <numerusform>Тоқтатылды: оған дейін %n файл біріктірілді, қалғандары біріктірілмеді.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not merged</source>
        <translation>Біріктірілмеді</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merging the files…</source>
        <translation>Файлдар біріктірілуде…</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_view.py" line="-263"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
</context>
<context>
    <name>ExchangeView</name>
    <message>
        <location line="+304"/>
        <source>Send changes…</source>
        <translation>Өзгерістерді жіберу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge files…</source>
        <translation>Файлдарды біріктіру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identity and contacts</source>
        <translation>Куәлік және контактілер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>Қайталанулар</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Create this store&apos;s identity first (Identity and contacts).</source>
        <translation>Алдымен қойманың куәлігін құрыңыз («Куәлік және контактілер» қойындысы).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a contact first, from their identity file.</source>
        <translation>Алдымен контактіні оның куәлік файлынан қосыңыз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exchange</source>
        <translation>Алмасу</translation>
    </message>
</context>
<context>
    <name>FieldNames</name>
    <message>
        <location filename="../../ui/field_names_catalog.py" line="+10"/>
        <source>Access</source>
        <translation>Кіру мүмкіндігі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access to a doctor</source>
        <translation>Дәрігерге қол жеткізу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access to a lawyer</source>
        <translation>Адвокатқа қол жеткізу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Мекенжайы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressed to</source>
        <translation>Кімге жолданды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against</source>
        <translation>Кімге қатысты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agency</source>
        <translation>Ведомство</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allegation</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Announced</source>
        <translation>Хабарлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer due</source>
        <translation>Жауап мерзімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered on</source>
        <translation>Жауап алынған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Area</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrest and custody</source>
        <translation>Ұстау және күзетпен ұстау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrested at</source>
        <translation>Ұсталған уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arrested on</source>
        <translation>Ұсталған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Article charged</source>
        <translation>Айыптау бабы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attributes</source>
        <translation>Атрибуттары</translation>
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
        <translation>Кіріктірілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By whom</source>
        <translation>Кім тарапынан</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capacity</source>
        <translation>Толтыру лимиті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Captured on</source>
        <translation>Түсірілген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Case number in court</source>
        <translation>Соттағы іс нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Күдік және айып</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed on</source>
        <translation>Жабылған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complainant</source>
        <translation>Шағымданушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint made</source>
        <translation>Арыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint step</source>
        <translation>Шағым кезеңі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to publish</source>
        <translation>Жариялауға келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to record</source>
        <translation>Мәліметтерді жазуға келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to refer to the UN</source>
        <translation>БҰҰ-ға жолдауға келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent to share with a lawyer</source>
        <translation>Адвокатқа беруге келісім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact</source>
        <translation>Байланыс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Court&apos;s finding</source>
        <translation>Сот бағасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date of birth</source>
        <translation>Туған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Days</source>
        <translation>Күн саны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline rule</source>
        <translation>Мерзім ережесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided on</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Defendant</source>
        <translation>Сотталушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Сипаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designation</source>
        <translation>Белгісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Details</source>
        <translation>Толық мәлімет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detention registered at</source>
        <translation>Ұстау хаттамасы жасалған уақыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detention registered on</source>
        <translation>Ұстау хаттамасы жасалған күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edited</source>
        <translation>Өзгертілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended at</source>
        <translation>Аяқталған уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ended on</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence</source>
        <translation>Дәлел</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Examiner</source>
        <translation>Сарапшы, дәрігер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family informed</source>
        <translation>Туыстарына хабарланды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family informed at</source>
        <translation>Туыстарына хабарланған уақыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Family informed on</source>
        <translation>Туыстарына хабарланған күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>File name</source>
        <translation>Файл атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed on</source>
        <translation>Берілген күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filed with</source>
        <translation>Қайда берілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finding</source>
        <translation>Тұжырым</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Findings</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First access to a doctor at</source>
        <translation>Дәрігерге алғаш қол жеткізген уақыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First access to a doctor on</source>
        <translation>Дәрігерге алғаш қол жеткізген күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First access to a lawyer at</source>
        <translation>Адвокатқа алғаш қол жеткізген уақыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First access to a lawyer on</source>
        <translation>Адвокатқа алғаш қол жеткізген күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follow-up</source>
        <translation>Орындалуын тексеру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Follows</source>
        <translation>Алдыңғы оқиға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Басталған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gender</source>
        <translation>Жынысы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group interviews</source>
        <translation>Топтық әңгімелесу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group of people</source>
        <translation>Адамдар тобы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>HURIDOCS code</source>
        <translation>HURIDOCS коды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Identified</source>
        <translation>Анықталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force from</source>
        <translation>Қолданылу басы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In force until</source>
        <translation>Қолданылу соңы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In private</source>
        <translation>Оңаша</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the court record</source>
        <translation>Сот ісінде</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injuries</source>
        <translation>Дене жарақаттары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview</source>
        <translation>Әңгімелесу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interviews in private</source>
        <translation>Оңаша әңгімелесулер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Involvement</source>
        <translation>Қатысу түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Istanbul Protocol</source>
        <translation>Стамбул хаттамасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Judgment on</source>
        <translation>Шешім (үкім) күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of place</source>
        <translation>Мекеме түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind of proceeding</source>
        <translation>Іс жүргізу түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lawyer of their choice</source>
        <translation>Өзі таңдаған адвокат</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leads the team</source>
        <translation>Топ жетекшісі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal qualification</source>
        <translation>Құқықтық саралау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal source</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medical examination</source>
        <translation>Медициналық куәландыру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metadata removed</source>
        <translation>Метадеректер жойылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Methods</source>
        <translation>Әдістері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monitoring body</source>
        <translation>Мониторинг органы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPM mandate</source>
        <translation>ҰАТ мандаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Аты, атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Narrative</source>
        <translation>Оқиғаның баяндалуы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number in the group</source>
        <translation>Топтағы адам саны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Obstruction</source>
        <translation>Кедергі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ombudsman&apos;s decision</source>
        <translation>Уәкілдің шешімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the finding</source>
        <translation>Сот бағасы туралы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened on</source>
        <translation>Ашылған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order</source>
        <translation>Реті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original metadata</source>
        <translation>Бастапқы метадеректер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other categories</source>
        <translation>Басқа санаттар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other spellings and aliases</source>
        <translation>Басқа жазылуы және лақап аттары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PMC mandate</source>
        <translation>ҚБК мандаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Perpetrator</source>
        <translation>Жасаушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person in allegation</source>
        <translation>Бұзушылыққа қатысушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person in case</source>
        <translation>Іске қатысушы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place of detention</source>
        <translation>Ұстау орны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Population on the day</source>
        <translation>Бару күнгі адам саны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position</source>
        <translation>Лауазымы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proceeding</source>
        <translation>Іс жүргізу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonym</source>
        <translation>Бүркеншік аты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Purposes</source>
        <translation>Мақсаттары</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rank</source>
        <translation>Атағы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Негізі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation</source>
        <translation>Ұсыным</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference number</source>
        <translation>Тіркеу нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Regime</source>
        <translation>Режимі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Өңір</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Register number</source>
        <translation>СДТБТ / КУИ нөмірі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released or handed over at</source>
        <translation>Босатылған немесе берілген уақыт</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Released or handed over on</source>
        <translation>Босатылған немесе берілген күн</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprisal</source>
        <translation>Қудалау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Requested on</source>
        <translation>Сұрау салынған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response</source>
        <translation>Ден қою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response to reprisal</source>
        <translation>Қудалауға жауап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retired</source>
        <translation>Қолданыстан шығарылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk level</source>
        <translation>Қауіп деңгейі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sensitive</source>
        <translation>Құпия</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sentence</source>
        <translation>Жаза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Size</source>
        <translation>Көлемі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Ақпарат көзі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stage</source>
        <translation>Кезең</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started at</source>
        <translation>Басталған уақыты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started on</source>
        <translation>Басталған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status change</source>
        <translation>Мәртебенің өзгеруі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Шағымның мәні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken on</source>
        <translation>Шара қабылданған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Team member</source>
        <translation>Топ мүшесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The body&apos;s term applies</source>
        <translation>Орган белгілеген мерзім қолданылады</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Title</source>
        <translation>Атауы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Аяқталған күні</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To pressure</source>
        <translation>Қысымның нысанасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Torture complaint</source>
        <translation>Азаптау туралы арыз</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transferred to</source>
        <translation>Қайда ауыстырылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type of visit</source>
        <translation>Бару түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Бөлімше</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verdict</source>
        <translation>Үкім</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verification</source>
        <translation>Тексерілуі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Victim</source>
        <translation>Жәбірленуші</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Бару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary</source>
        <translation>Анықтамалық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vocabulary term</source>
        <translation>Анықтамалық термині</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Не болды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where</source>
        <translation>Қай жерде</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../ui/forms/fields.py" line="+52"/>
        <source>year</source>
        <translation>жыл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month</source>
        <translation>ай</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exact day</source>
        <translation>нақты күн</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>Enter a whole number.</source>
        <translation>Бүтін сан енгізіңіз.</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>not recorded</source>
        <translation>көрсетілмеген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>e.g. 14 Nov 2017, 11.2017, December 2011</source>
        <translation>мыс., 14.11.2017, 11.2017, 2011 ж. желтоқсан</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>not a date yet</source>
        <translation>күн әлі танылмады</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Give the day as well, e.g. 14 Nov 2017.</source>
        <translation>Күнін де көрсетіңіз, мыс. 14.11.2017.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>e.g. 14 Nov 2017</source>
        <translation>мыс., 14.11.2017</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>needs a day, month and year</source>
        <translation>күні, айы және жылы керек</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>e.g. 5 Mar 2024 10:30, or March 2014</source>
        <translation>мысалы, 05.03.2024 10:30 немесе 2014 ж. наурыз</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter a date such as 5 Mar 2024 (with a time such as 10:30 if known), March 2014 or 2014.</source>
        <translation>Күнді жазыңыз, мысалы 05.03.2024 (белгілі болса, уақытымен, мысалы 10:30), 2014 ж. наурыз немесе 2014.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>needs a date, and a time such as 10:30 if known</source>
        <translation>күні керек, белгілі болса уақыты да, мыс. 10:30</translation>
    </message>
    <message>
        <location line="+123"/>
        <location filename="../../ui/forms/record_picker.py" line="+160"/>
        <source>Pick one of the entries in the list.</source>
        <translation>Тізімнен біреуін таңдаңыз.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Filter…</source>
        <translation>Сүзгі…</translation>
    </message>
    <message>
        <location filename="../../ui/forms/record_picker.py" line="+70"/>
        <source>Type to search…</source>
        <translation>Іздеу үшін теріңіз…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New…</source>
        <translation>Құру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new record here and pick it</source>
        <translation>Жаңа жазба құрып, бірден таңдау</translation>
    </message>
    <message>
        <location filename="../../ui/date_qualifiers.py" line="+23"/>
        <source>stored as %1; “%2” is not kept (write it in the notes if it matters)</source>
        <translation>%1 ретінде сақталады; «%2» сақталмайды (маңызды болса, ескертпеге жазыңыз)</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <location filename="../../ui/filter_bar.py" line="+125"/>
        <location line="+109"/>
        <source>All regions</source>
        <translation>Барлық өңірлер</translation>
    </message>
    <message>
        <location line="-95"/>
        <source>Any status</source>
        <translation>Барлық мәртебе</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any access</source>
        <translation>Кіру мүмкіндігі: бәрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any authority</source>
        <translation>Кез келген ведомство</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any risk</source>
        <translation>Кез келген қауіп</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any allegation</source>
        <translation>Барлық түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any type of visit</source>
        <translation>Барлық түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any kind of place</source>
        <translation>Кез келген мекеме түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any category</source>
        <translation>Кез келген санат</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any reprisal</source>
        <translation>Кез келген қудалау</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+78"/>
        <source>All places</source>
        <translation>Барлық орын</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Search names, titles, notes… (Ctrl+F)</source>
        <translation>Аттар, атаулар, жазбалар бойынша іздеу… (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Бастап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Дейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: from</source>
        <translation>Кезең: бастап</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period: to</source>
        <translation>Кезең: дейін</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Тазарту</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear search and filters</source>
        <translation>Іздеу мен сүзгілерді тазарту</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../ui/forms/form.py" line="+34"/>
        <source>Pick one of the entries in the list.</source>
        <translation>Тізімнен біреуін таңдаңыз.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Required</source>
        <translation>Міндетті өріс</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>This field is required.</source>
        <translation>Бұл өрісті толтыру міндетті.</translation>
    </message>
</context>
<context>
    <name>FormProposals</name>
    <message>
        <location filename="../../ui/form_proposals.py" line="+46"/>
        <source>e.g. {reference}</source>
        <translation>мыс., {reference}</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Delete the case “{label}”?</source>
        <translation>«{label}» ісі жойылсын ба?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the visit “{label}”?</source>
        <translation>«{label}» бару жазбасы жойылсын ба?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the place of detention “{label}”?</source>
        <translation>«{label}» ұстау орны жойылсын ба?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the person “{label}”?</source>
        <translation>«{label}» адам туралы жазба жойылсын ба?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the reprisal “{label}”?</source>
        <translation>«{label}» қудалау жағдайы жойылсын ба?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delete “{label}”?</source>
        <translation>«{label}» жойылсын ба?</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The %n record(s) that belong to it go with it.</source>
        <translation>
            <numerusform>Онымен бірге оған қатысты %n жазба да жойылады.</numerusform>
            <numerusform>Онымен бірге оған қатысты %n жазба да жойылады.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>You can undo this right after (Ctrl+Z).</source>
        <translation>Жойғаннан кейін бірден қайтаруға болады (Ctrl+Z).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Delete</source>
        <translation>Жою</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not deleted</source>
        <translation>Жойылмады</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../ui/help.py" line="+77"/>
        <source>Guide — Monitor</source>
        <translation>Нұсқаулық — Monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Back</source>
        <translation>&amp;Артқа</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contents</source>
        <translation>&amp;Мазмұны</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lose</source>
        <translation>&amp;Жабу</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>In a list, Enter or a double click opens the record full width; Ctrl+W returns to the list. In a form, Tab goes to the next field and Enter does not save: Ctrl+S does.</source>
        <translation>Тізімде Enter немесе екі рет шерту жазбаны бүкіл терезеге ашады, Ctrl+W тізімге қайтарады. Нысанда Tab келесі өріске өткізеді, ал Enter ештеңе сақтамайды — ол үшін Ctrl+S бар.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Keyboard shortcuts</source>
        <translation>Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&lt;p&gt;&lt;b&gt;Monitor&lt;/b&gt; keeps the case files of detention monitoring (visits, cases, allegations, complaints and the answers to them, reprisals, people and places) in one encrypted file on this computer. It never connects to a network.&lt;/p&gt;&lt;p&gt;Nothing leaves that file unless you make it leave: a dossier or a visit report you print to PDF (with full names, pseudonyms or for publication), a backup you make from the File menu (encrypted under the same passphrase), or a file written by the command line (&lt;i&gt;monitor-app export-json&lt;/i&gt;, which is not encrypted).&lt;/p&gt;&lt;p&gt;The window locks itself after a few idle minutes (Settings); Help &amp;gt; Guide (F1) shows how to do the daily tasks.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Monitor&lt;/b&gt; бас бостандығынан айыру орындарына мониторинг материалдарын (барулар, істер, бұзушылықтар, шағымдар мен оларға жауаптар, қудалаулар, адамдар мен мекемелер) осы компьютердегі бір шифрланған файлда сақтайды. Бағдарлама желіге қосылмайды.&lt;/p&gt;&lt;p&gt;Өзіңіз шығармасаңыз, бұл файлдан ештеңе шықпайды: PDF-ке басып шығарылған досье немесе бару туралы есеп (шын аттарымен, бүркеншік аттармен немесе жариялау үшін), «Файл» мәзірінен жасалған сақтық көшірме (сол құпия фразамен шифрланған) немесе пәрмен жолынан жазылған файл (&lt;i&gt;monitor-app export-json&lt;/i&gt;, ол шифрланбайды).&lt;/p&gt;&lt;p&gt;Бірнеше минут әрекетсіз тұрса, терезе өзі құлыпталады («Баптаулар» қараңыз). Күнделікті жұмысты қалай атқару керегі «Анықтама &amp;gt; Нұсқаулық» (F1) ішінде айтылған.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>About Monitor</source>
        <translation>Monitor туралы</translation>
    </message>
</context>
<context>
    <name>HistoryTab</name>
    <message>
        <location filename="../../ui/case_view.py" line="+38"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Who</source>
        <translation>Кім</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Әрекет</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What</source>
        <translation>Не</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Every change to the case and its parts, newest first. Times are UTC.</source>
        <translation>Іске және оның бөліктеріне енгізілген барлық өзгеріс, жаңалары басында. Уақыт UTC бойынша.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>created</source>
        <translation>құрылды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>өзгертілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>deleted</source>
        <translation>жойылды</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restored</source>
        <translation>қалпына келтірілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>merged</source>
        <translation>біріктірілді</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{actor}, in a file from {sender}</source>
        <translation>{actor}, {sender} жіберген файлдан</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Merged from exchange file {bundle}</source>
        <translation>{bundle} алмасу файлынан біріктірілді</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <location filename="../../ui/exchange_view.py" line="-655"/>
        <source>This store&apos;s identity</source>
        <translation>Осы қойманың куәлігі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create identity…</source>
        <translation>Куәлік құру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export identity file…</source>
        <translation>Куәлік файлын сақтау…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Short form (what a QR code of your identity holds; your contacts can add you from it):</source>
        <translation>Қысқа түрі (куәлігіңіздің QR-коды осыны қамтиды; контактілеріңіз сізді осы арқылы қоса алады):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy</source>
        <translation>Көшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the short form: it holds only your public keys</source>
        <translation>Қысқа түрін көшіру: онда тек ашық кілттеріңіз бар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contacts</source>
        <translation>Контактілер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Аты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fingerprint</source>
        <translation>Кілт ізі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verified</source>
        <translation>Тексерілген</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add contact from a file…</source>
        <translation>Файлдан контакт қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark verified…</source>
        <translation>Тексерілген деп белгілеу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare a contact&apos;s fingerprint with them by phone or in person before you mark them verified. A file from a contact who is not verified says so before it is merged.</source>
        <translation>Контактіні тексерілген деп белгілемес бұрын оның кілт ізін онымен телефон арқылы немесе кездескенде салыстырыңыз. Тексерілмеген контактіден келген файл туралы біріктіру алдында ескертіледі.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>This store has no identity yet. Create one to send files and to merge files sent to you.</source>
        <translation>Бұл қойманың әлі куәлігі жоқ. Файл жіберу және сізге жіберілген файлдарды біріктіру үшін оны құрыңыз.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>You are %1. Your fingerprint:</source>
        <translation>Сіз — %1. Кілт ізіңіз:</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>yes</source>
        <translation>иә</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>жоқ</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No identity created</source>
        <translation>Куәлік құрылмады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export the identity file to</source>
        <translation>Куәлік файлын сақтайтын орын</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The identity file was written to %1. Give it to your contacts; compare the fingerprint with them.</source>
        <translation>Куәлік файлы сақталды: %1. Оны контактілеріңізге беріп, кілт ізін олармен салыстырыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No identity file written</source>
        <translation>Куәлік файлы сақталмады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a contact from the file</source>
        <translation>Файлдан контакт қосу</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+14"/>
        <source>No contact added</source>
        <translation>Контакт қосылмады</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mark verified</source>
        <translation>Тексерілген деп белгілеу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did you compare this fingerprint with %1 by phone or in person, and do both agree?</source>
        <translation>Бұл кілт ізін «%1» контактісімен телефон арқылы немесе кездескенде салыстырдыңыз ба, екеуі сәйкес пе?</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <location filename="../../ui/lock.py" line="+86"/>
        <source>Monitor is locked</source>
        <translation>Monitor құлыпталған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type the store&apos;s passphrase to continue where you were.</source>
        <translation>Тоқтаған жерден жалғастыру үшін қойманың құпия фразасын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Құлыпты ашу</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Type the passphrase.</source>
        <translation>Құпия фразаны енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="+66"/>
        <source>Cases</source>
        <translation>Істер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visits</source>
        <translation>Барулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Places</source>
        <translation>Мекемелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Адамдар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprisals</source>
        <translation>Қудалаулар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines</source>
        <translation>Мерзімдер</translation>
    </message>
    <message>
        <location line="+234"/>
        <source>&amp;New record</source>
        <translation>&amp;Жаңа жазба</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Save</source>
        <translation>&amp;Сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete…</source>
        <translation>Жо&amp;ю…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Undo delete</source>
        <translation>Жоюды &amp;болдырмау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erase the deleted record for good…</source>
        <translation>&amp;Жойылған жазбаны біржола өшіру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted &amp;records…</source>
        <translation>Ж&amp;ойылған жазбалар…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Search</source>
        <translation>&amp;Іздеу</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Close record</source>
        <translation>Жазбаны &amp;жабу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search every&amp;where…</source>
        <translation>Барлық &amp;тізімдерден іздеу…</translation>
    </message>
    <message>
        <location line="+490"/>
        <source>&amp;Print dossier…</source>
        <translation>Досьені &amp;басып шығару…</translation>
    </message>
    <message>
        <location line="-489"/>
        <source>&amp;Lock</source>
        <translation>Құ&amp;лыптау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hide and lock now</source>
        <translation>&amp;Дереу жасыру және құлыптау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;ttings…</source>
        <translation>Ба&amp;птаулар…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Quit</source>
        <translation>&amp;Шығу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unlock protection…</source>
        <translation>Құлыпты ашу қ&amp;орғанысы…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Guide</source>
        <translation>&amp;Нұсқаулық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Пернелер тіркесімдері</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;About Monitor</source>
        <translation>Monitor &amp;туралы</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Help</source>
        <translation>&amp;Анықтама</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>&amp;Deadlines and procedure…</source>
        <translation>&amp;Мерзімдер мен рәсім…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Lock the window: hides everything until the passphrase is typed again</source>
        <translation>Терезені құлыптау: құпия фраза қайта енгізілгенше бәрі жасырылады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minimise and lock the window at once, from any window of the app</source>
        <translation>Терезені бірден кішірейтіп, құлыптау — бағдарламаның кез келген терезесінен</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit</source>
        <translation>Т&amp;үзету</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;Көрініс</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Toolbar</source>
        <translation>Құралдар тақтасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Болдырмау</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+298"/>
        <source>Select a record in the list, or press Ctrl+N to add one.</source>
        <translation>Тізімнен жазбаны таңдаңыз немесе жаңасын қосу үшін Ctrl+N басыңыз.</translation>
    </message>
    <message>
        <location line="-291"/>
        <source>Monitor — locked</source>
        <translation>Monitor — құлыпталған</translation>
    </message>
    <message numerus="yes">
        <location line="+187"/>
        <source>%n complaint step(s) waiting for an answer</source>
        <translation>
            <numerusform>%n шағым жауап күтуде</numerusform>
            <numerusform>%n шағым жауап күтуде</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n сәйкестік</numerusform>
            <numerusform>%n сәйкестік</numerusform>
        </translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Deleted.</source>
        <translation>Жойылды.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Restored.</source>
        <translation>Қалпына келтірілді.</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>Select a case or a visit first: a case prints as its dossier, a visit as its report.</source>
        <translation>Алдымен істі немесе баруды таңдаңыз: іс досье ретінде, бару — ол туралы есеп ретінде басып шығарылады.</translation>
    </message>
    <message>
        <location filename="../../ui/trash.py" line="+70"/>
        <source>Erase for good</source>
        <translation>Біржола өшіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Erase the deleted record for good? Its text, its parts and the old values in its history are overwritten; not even Undo can bring them back. Copies and backups made before keep what they held.</source>
        <translation>Жойылған жазба біржола өшірілсін бе? Оның мәтіні, бөліктері және тарихындағы бұрынғы мәндері үстінен жазылады, оларды «Болдырмау» да қайтара алмайды. Бұрын жасалған көшірмелер мен сақтық көшірмелерде олар сақталып қалады.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="-65"/>
        <source>Erased for good.</source>
        <translation>Біржола өшірілді.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not saved</source>
        <translation>Сақталмады</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;Print visit report…</source>
        <translation>Бару туралы есепті &amp;басып шығару…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Print dossier</source>
        <translation>Досьені басып шығару</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>The store&apos;s file is not known.</source>
        <translation>Қойма файлы белгісіз.</translation>
    </message>
    <message>
        <location filename="../../ui/exchange_view.py" line="-284"/>
        <source>Exchange</source>
        <translation>Алмасу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicates</source>
        <translation>Қайталанулар</translation>
    </message>
</context>
<context>
    <name>MergePreviewDialog</name>
    <message>
        <location filename="../../ui/exchange_files.py" line="-194"/>
        <source>Merge files: preview</source>
        <translation>Файлдарды біріктіру: алдын ала қарау</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Кімнен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New</source>
        <translation>Жаңа</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Жаңартылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unchanged</source>
        <translation>Өзгеріссіз</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Conflicts</source>
        <translation>Қайшылықтар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Likely duplicates</source>
        <translation>Ықтимал қайталанулар</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Refused: %1</source>
        <translation>Қабылданбады: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already merged: nothing of it is applied again.</source>
        <translation>Бұрын біріктірілген: ештеңе қайта қолданылмайды.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (not verified)</source>
        <translation>%1 (тексерілмеген)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Nothing has been written yet. Merge writes what the table shows; conflicts and likely duplicates wait for your choice in Exchange.</source>
        <translation>Әзірге ештеңе жазылған жоқ. «Біріктіру» кестеде көрсетілгенді жазады; қайшылықтар мен ықтимал қайталанулар «Алмасу» бөлімінде сіздің шешіміңізді күтеді.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A sender marked “not verified” has not had their fingerprint compared with you yet.</source>
        <translation>«Тексерілмеген» деп белгіленген жіберушімен кілт ізін әлі салыстырмадыңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A file is older than one already merged from its sender; its changes are merged by their history, not by the file&apos;s date.</source>
        <translation>Файлдардың бірі сол жіберушінің бұрын біріктірілген файлынан ескі; оның өзгерістері файл күніне қарай емес, жазбалар тарихына қарай біріктіріледі.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Refused files are left out; nothing of them is written.</source>
        <translation>Қабылданбаған файлдар өткізіліп жіберіледі; олардан ештеңе жазылмайды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge</source>
        <translation>Біріктіру</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <location filename="../../ui/store_actions.py" line="+205"/>
        <source>Change the passphrase — Monitor</source>
        <translation>Құпия фразаны өзгерту — Monitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store is re-encrypted under the new passphrase; the window locks while this runs and opens again under the new one. Backups and copies made before still open with the old passphrase.</source>
        <translation>Қойма жаңа құпия фразамен қайта шифрланады; бұл жүріп жатқанда терезе құлыпталады, содан кейін жаңа фразамен қайта ашылады. Бұрын жасалған сақтық көшірмелер мен көшірмелер әлі де ескі құпия фразамен ашылады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change</source>
        <translation>Өзгерту</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-encrypt the store — Monitor</source>
        <translation>Қойманы қайта шифрлау — Monitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The store is re-encrypted with today&apos;s key derivation under the same passphrase; the window locks while this runs and opens again afterwards. Type the passphrase once more.</source>
        <translation>Қойма бүгінгі кілт туындату параметрлерімен, сол құпия фразамен қайта шифрланады; бұл жүріп жатқанда терезе құлыпталады, кейін қайта ашылады. Құпия фразаны тағы бір рет енгізіңіз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-encrypt</source>
        <translation>Қайта шифрлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current passphrase</source>
        <translation>Қазіргі құпия фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New passphrase</source>
        <translation>Жаңа құпия фраза</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the new passphrase</source>
        <translation>Жаңа құпия фразаны қайталаңыз</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Type the current passphrase.</source>
        <translation>Қазіргі құпия фразаны енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>PdfDialog</name>
    <message>
        <location filename="../../ui/pdf_dialog.py" line="+83"/>
        <source>English</source>
        <translation>Ағылшын тілі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Russian</source>
        <translation>Орыс тілі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kazakh</source>
        <translation>Қазақ тілі</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None: the full file</source>
        <translation>Жоқ: толық досье</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonymous: names replaced</source>
        <translation>Бүркеншік аттармен: аттар ауыстырылған</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public: for publication</source>
        <translation>Жария: жариялау үшін</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Redaction</source>
        <translation>Иесіздендіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save as</source>
        <translation>Қайда сақтау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible names of people who are not records of this file. Checked: a name, replaced by a code in the PDF. Unchecked: not a name. Kept for the next PDF.</source>
        <translation>Осы құжаттың жазбаларында жоқ адамдардың болуы мүмкін есімдері. Белгіленгені: есім, PDF-те кодпен ауыстырылады. Белгіленбегені: есім емес. Шешім келесі PDF үшін сақталады.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Create PDF</source>
        <translation>PDF жасау</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Looking for names that are not records…</source>
        <translation>Жазбаларда жоқ есімдер ізделуде…</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Save the PDF as</source>
        <translation>PDF файлын сақтау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose where to save the PDF.</source>
        <translation>PDF-ті қайда сақтайтынын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder does not exist.</source>
        <translation>Мұндай қалта жоқ.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>That name is a link or a special file, not a document; choose another name.</source>
        <translation>Бұл атау — құжат емес, сілтеме немесе арнайы файл; басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Creating the PDF…</source>
        <translation>PDF жасалуда…</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Cancelled; no file was written.</source>
        <translation>Тоқтатылды; файл жазылмады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New possible names were found; mark them and create the PDF again. No file was written.</source>
        <translation>Жаңа болуы мүмкін есімдер табылды: оларды белгілеп, PDF-ті қайта жасаңыз. Файл жазылмады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The PDF could not be saved: %1</source>
        <translation>PDF сақталмады: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cancelling…</source>
        <translation>Тоқтатылуда…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Print the case dossier</source>
        <translation>Іс досьесін басып шығару</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Print the visit report</source>
        <translation>Бару туралы есепті басып шығару</translation>
    </message>
</context>
<context>
    <name>PeopleTab</name>
    <message>
        <location filename="../../ui/case_view.py" line="-260"/>
        <source>Name</source>
        <translation>Аты-жөні</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pseudonym</source>
        <translation>Бүркеншік аты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Рөлі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk</source>
        <translation>Қауіп</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type a name or pseudonym…</source>
        <translation>Аты-жөнін немесе бүркеншік атын теріңіз…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add to case</source>
        <translation>Іске қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove from case</source>
        <translation>Істен алып тастау</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Person</source>
        <translation>&amp;Тұлға</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Role</source>
        <translation>&amp;Рөлі</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add a person</source>
        <translation>Тұлға қосу</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Pick a person from the list, or create one with New…</source>
        <translation>Тізімнен тұлғаны таңдаңыз немесе «Құру…» батырмасымен жаңасын қосыңыз</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a role from the list.</source>
        <translation>Тізімнен рөлді таңдаңыз.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The case&apos;s victim is changed in the Overview tab.</source>
        <translation>Іс бойынша жәбірленуші «Жалпы мәлімет» қойындысында өзгертіледі.</translation>
    </message>
</context>
<context>
    <name>ProcedureDialog</name>
    <message>
        <location filename="../../ui/procedure_dialog.py" line="+49"/>
        <source>Deadlines and procedure</source>
        <translation>Мерзімдер мен рәсім</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Stage</source>
        <translation>Кезең</translation>
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
        <translation>Мерзім</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>In force</source>
        <translation>Қолданылады</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+52"/>
        <source>Legal source</source>
        <translation>Құқықтық негіз</translation>
    </message>
    <message>
        <location line="-43"/>
        <source>Days</source>
        <translation>Күн саны</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+81"/>
        <source>No deadline</source>
        <translation>Мерзім жоқ</translation>
    </message>
    <message>
        <location line="-80"/>
        <location line="+78"/>
        <source>The body&apos;s term</source>
        <translation>Органның жалпы мерзімі</translation>
    </message>
    <message>
        <location line="-72"/>
        <source> calendar days</source>
        <translation> күнтізбелік күн</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save the rule</source>
        <translation>Ережені сақтау</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The answer deadline the law gives each step, used to fill in “Answer due” for a new step. A step without a deadline runs no clock and is never late. Where the source says “unverified”, check the law and correct it.</source>
        <translation>Заң әр кезеңге беретін жауап мерзімі; жаңа кезеңнің «Жауап мерзімі» өрісі осы бойынша толтырылады. Мерзімі жоқ кезеңде уақыт саналмайды және ол ешқашан кешікпейді. Негізде «unverified» (тексерілмеген) деп тұрса, заңмен салыстырып, түзетіңіз.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Days to answer</source>
        <translation>Жауап беру мерзімі, күн</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Any stage that uses the body&apos;s term</source>
        <translation>Органның мерзімі қолданылатын кез келген кезең</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Any body</source>
        <translation>Кез келген орган</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 days</source>
        <translation>%1 күн</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>from %1</source>
        <translation>%1 бастап</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until %1</source>
        <translation>%1 дейін</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Say where the term comes from (the law and its article, or “unverified”).</source>
        <translation>Мерзімнің қайдан алынғанын көрсетіңіз (заң мен бабы немесе «unverified» — тексерілмеген).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Saved. New steps are filled in with this deadline.</source>
        <translation>Сақталды. Жаңа кезеңдер осы мерзіммен толтырылады.</translation>
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
        <translation>Сотталушы</translation>
    </message>
    <message>
        <location line="-151"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type a name, pseudonym or code…</source>
        <translation>Аты-жөнін, бүркеншік атын не кодын теріңіз…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charges</source>
        <translation>Айыптау</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Article charged</source>
        <translation>Айыптау бабы</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+75"/>
        <source>Verdict</source>
        <translation>Үкім</translation>
    </message>
    <message>
        <location line="-73"/>
        <location line="+74"/>
        <source>Sentence</source>
        <translation>Жаза</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>e.g. 7 years, maximum security</source>
        <translation>мысалы: 7 жыл, қатаң режимдегі колония</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+72"/>
        <source>Torture complaint</source>
        <translation>Азаптау туралы арыз</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Leave a question empty when the sources do not say: it is printed as &quot;not recorded&quot;, never as &quot;no&quot;.</source>
        <translation>Дереккөздерде айтылмаса, жолды бос қалдырыңыз: «көрсетілмеген» деп басылады, «жоқ» деп емес.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Complaint made</source>
        <translation>Арыз</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+63"/>
        <source>In the court record</source>
        <translation>Сот ісінде</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>the complaint is in the court record</source>
        <translation>арыз сот материалдарында көрсетілген</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+61"/>
        <source>Court&apos;s finding</source>
        <translation>Сот бағасы</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>On the finding</source>
        <translation>Сот бағасы туралы</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+116"/>
        <source>New defendant</source>
        <translation>Жаңа сотталушы</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Add defendant…</source>
        <translation>Сотталушы қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Өзгерту…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the proceeding first; then add its defendants here.</source>
        <translation>Алдымен іс жүргізуді сақтаңыз, содан кейін осында сотталушыларды қосыңыз.</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>%n defendant(s)</source>
        <translation>
            <numerusform>%n сотталушы</numerusform>
            <numerusform>%n сотталушы</numerusform>
        </translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Remove defendant</source>
        <translation>Сотталушыны алып тастау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove {name} from this proceeding? The person stays in the file, and the entry stays in the history.</source>
        <translation>{name} осы іс жүргізуден алынып тасталсын ба? Адам істе қалады, жазба тарихта сақталады.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location filename="../../ui/proceedings_view.py" line="+134"/>
        <source>Proceeding</source>
        <translation>Іс жүргізу</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/proceedings_view.py" line="-56"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/proceedings_view.py" line="+1"/>
        <source>Court</source>
        <translation>Сот</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/proceedings_view.py" line="+1"/>
        <source>Case number</source>
        <translation>Іс нөмірі</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/proceedings_view.py" line="-3"/>
        <source>Started</source>
        <translation>Басталды</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../../ui/proceedings_view.py" line="+5"/>
        <source>Judgment</source>
        <translation>Шешім (үкім)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Нәтижесі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../../ui/proceedings_view.py" line="-1"/>
        <source>Defendants</source>
        <translation>Сотталушылар</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added and removed at once; double-click a defendant to edit the charges, verdict and torture complaint.</source>
        <translation>Бірден қосылады және алынады; айыптауды, үкімді және азаптау туралы арызды өзгерту үшін сотталушыны екі рет шертіңіз.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This is before the start date.</source>
        <translation>Бұл күн басталған күннен ерте.</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../ui/proceedings_view.py" line="+51"/>
        <source>New proceeding</source>
        <translation>Жаңа іс жүргізу</translation>
    </message>
    <message>
        <location filename="../../ui/proceedings_view.py" line="-60"/>
        <source>Trials and proceedings</source>
        <translation>Сот процестері</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Trials, appeals and other proceedings, each with its defendants: charges, verdict, sentence and what became of their torture complaints. Double-click to open.</source>
        <translation>Сот процестері, апелляциялар және өзге іс жүргізу, сотталушыларымен: айыптау, үкім, жаза және олардың азаптау туралы арыздарының тағдыры. Ашу үшін екі рет шертіңіз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add proceeding…</source>
        <translation>Іс жүргізу қосу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open…</source>
        <translation>Ашу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete proceeding…</source>
        <translation>Іс жүргізуді жою…</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Delete proceeding</source>
        <translation>Іс жүргізуді жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected proceeding from the case? Its defendants stay in the file; it stays in the history.</source>
        <translation>Таңдалған іс жүргізу істен жойылсын ба? Сотталушылар істе қалады, іс жүргізу тарихта сақталады.</translation>
    </message>
</context>
<context>
    <name>ReadOnly</name>
    <message>
        <location filename="../../ui/read_only.py" line="+37"/>
        <source>read-only (the store is open in another program)</source>
        <translation>тек оқу (қойма басқа бағдарламада ашық)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The store is in use</source>
        <translation>Қойма пайдаланылуда</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This store is open in another program (process %1).</source>
        <translation>Бұл қойма басқа бағдарламада ашық (процесс %1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You can open it read-only: you will see what is saved there, and nothing can be changed from this window. To change records, use the other window, or close it and open the store again.</source>
        <translation>Оны тек оқу үшін ашуға болады: онда сақталғанды көресіз, бірақ бұл терезеден ештеңені өзгерту мүмкін емес. Жазбаларды өзгерту үшін басқа терезені пайдаланыңыз немесе оны жауып, қойманы қайта ашыңыз.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open read-only</source>
        <translation>Тек оқу үшін ашу</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>This window is read-only: the store is open in another program. Make changes there.</source>
        <translation>Бұл терезе тек оқуға арналған: қойма басқа бағдарламада ашық. Өзгерістерді сонда енгізіңіз.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Жаңарту</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show what the other program has saved since</source>
        <translation>Басқа бағдарлама содан бері сақтағанын көрсету</translation>
    </message>
</context>
<context>
    <name>RecordEditor</name>
    <message>
        <location filename="../../ui/editors/base.py" line="+51"/>
        <location line="+380"/>
        <source>Restore my typing</source>
        <translation>Енгізгенімді қалпына келтіру</translation>
    </message>
    <message>
        <location line="-378"/>
        <location line="+380"/>
        <source>Discard it</source>
        <translation>Өшіру</translation>
    </message>
    <message>
        <location line="-363"/>
        <source>Changed elsewhere</source>
        <translation>Басқа жерде өзгертілді</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This record was changed elsewhere after you opened it, so your changes were not saved.</source>
        <translation>Сіз бұл жазбаны ашқаннан кейін ол басқа жерде өзгертілді, сондықтан сіздің өзгерістеріңіз сақталмады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload it to see the other changes (yours are dropped), or keep yours: the fields you edited are saved over the other version.</source>
        <translation>Басқа өзгерістерді көру үшін жазбаны қайта жүктеңіз (сіздің өзгерістеріңіз жойылады) немесе өзіңіздікін қалдырыңыз: сіз өзгерткен өрістер басқа нұсқаның үстіне сақталады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reload</source>
        <translation>Қайта жүктеу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep mine</source>
        <translation>Менікін қалдыру</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+271"/>
        <source>Revert</source>
        <translation>Қайтару</translation>
    </message>
    <message>
        <location line="-270"/>
        <source>Forget the changes made since the last save</source>
        <translation>Соңғы сақтаудан кейінгі өзгерістерді болдырмау</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+269"/>
        <location line="+32"/>
        <source>Save</source>
        <translation>Сақтау</translation>
    </message>
    <message>
        <location line="-300"/>
        <source>Save (Ctrl+S)</source>
        <translation>Сақтау (Ctrl+S)</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>This record could not be opened: it may have been deleted.</source>
        <translation>Жазбаны ашу мүмкін болмады: ол жойылған болуы мүмкін.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved typing from {when} was kept for this record. Restore it?</source>
        <translation>Бұл жазба үшін {when} енгізілген, бірақ сақталмаған мәтін қалды. Қалпына келтіресіз бе?</translation>
    </message>
    <message>
        <location line="+107"/>
        <location line="+46"/>
        <source>Please correct the fields marked in red.</source>
        <translation>Қызылмен белгіленген өрістерді түзетіңіз.</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Saved.</source>
        <translation>Сақталды.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not saved: this record was changed elsewhere.</source>
        <translation>Сақталмады: бұл жазба басқа жерде өзгертілді.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Could not save: {error}</source>
        <translation>Сақтау мүмкін болмады: {error}</translation>
    </message>
</context>
<context>
    <name>RecordListView</name>
    <message>
        <location filename="../../ui/list_view.py" line="+183"/>
        <source>Reset columns</source>
        <translation>Бағандарды қалпына келтіру</translation>
    </message>
</context>
<context>
    <name>RekeyOfferBar</name>
    <message>
        <location filename="../../ui/store_actions.py" line="-80"/>
        <source>Re-encryption advised</source>
        <translation>Қайта шифрлау ұсынылады</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This store&apos;s key derivation (%1 passes of %2 MiB) is below what Monitor uses today, so each guess at its passphrase costs an attacker less. Re-encrypt it now: the passphrase stays the same.</source>
        <translation>Бұл қойманың кілт туындатуы (%1 рет өту, %2 МиБ) Monitor қазір қолданатын деңгейден төмен, сондықтан шабуылдаушыға құпия фразаны әр болжау арзанырақ түседі. Оны қазір қайта шифрлаңыз: құпия фраза сол күйі қалады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Re-encrypt…</source>
        <translation>Қайта шифрлау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not now</source>
        <translation>Қазір емес</translation>
    </message>
</context>
<context>
    <name>ReprisalsTab</name>
    <message>
        <location filename="../../ui/case_view.py" line="+137"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Against</source>
        <translation>Кімге қатысты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Risk</source>
        <translation>Қауіп</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responses</source>
        <translation>Ден қою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add reprisal</source>
        <translation>Қудалау қосу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Threats, transfers, punishment cells, pressure to withdraw: record each reprisal and what was done about it.</source>
        <translation>Қорқыту, басқа мекемеге ауыстыру, айыппұл изоляторына қамау, шағымды қайтарып алуға қысым: әр қудалау жағдайын және қабылданған шараларды жазыңыз.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete reprisal…</source>
        <translation>Қудалауды жою…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected reprisal from the case? It stays in the history.</source>
        <translation>Таңдалған қудалау жағдайы істен жойылсын ба? Ол тарихта қалады.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add response…</source>
        <translation>Ден қою шарасын қосу…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Response to the reprisal</source>
        <translation>Қудалауға ден қою</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../../ui/store_actions.py" line="+163"/>
        <source>Restore a backup — Monitor</source>
        <translation>Сақтық көшірмені қалпына келтіру — Monitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A backup is restored into a new store file, never over an existing one; it is checked (passphrase, every page, integrity) before it is placed there.</source>
        <translation>Сақтық көшірме жаңа қойма файлына қалпына келтіріледі, бар файлдың үстіне ешқашан жазылмайды; ол орнына қойылмас бұрын тексеріледі (құпия фраза, әр бет, тұтастық).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Таңдау…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore</source>
        <translation>Қалпына келтіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the restored store</source>
        <translation>Қалпына келтірілген қойманы ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backup file</source>
        <translation>Сақтық көшірме файлы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New store file</source>
        <translation>Жаңа қойма файлы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passphrase of the backup</source>
        <translation>Сақтық көшірменің құпия фразасы</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a backup</source>
        <translation>Сақтық көшірмені таңдаңыз</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The new store file</source>
        <translation>Жаңа қойма файлы</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Choose the backup file.</source>
        <translation>Сақтық көшірме файлын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose where the restored store goes: a new file.</source>
        <translation>Қалпына келтірілген қойма қайда жазылатынын таңдаңыз: жаңа файл.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the backup&apos;s passphrase.</source>
        <translation>Сақтық көшірменің құпия фразасын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>That file already exists: a backup is only restored into a new file. Choose another name.</source>
        <translation>Мұндай файл бұрыннан бар: сақтық көшірме тек жаңа файлға қалпына келтіріледі. Басқа атау таңдаңыз.</translation>
    </message>
    <message>
        <location line="-31"/>
        <source>Checking and restoring the backup…</source>
        <translation>Сақтық көшірме тексеріліп, қалпына келтірілуде…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Restored into %1 (%2); it was checked and opens with the backup&apos;s passphrase. Open it now? The store open in the window is locked and closed first.</source>
        <translation>%1 ішіне қалпына келтірілді (%2); ол тексерілді және сақтық көшірменің құпия фразасымен ашылады. Оны қазір ашасыз ба? Терезеде ашық тұрған қойма алдымен құлыпталып, жабылады.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Nothing was placed at %1.</source>
        <translation>%1 орнына ештеңе жазылған жоқ.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opening the restored store…</source>
        <translation>Қалпына келтірілген қойма ашылуда…</translation>
    </message>
</context>
<context>
    <name>SearchEverywhere</name>
    <message>
        <location filename="../../ui/global_search.py" line="+36"/>
        <source>Case</source>
        <translation>Іс</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Place</source>
        <translation>Мекеме</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visit</source>
        <translation>Бару</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reprisal</source>
        <translation>Қудалау</translation>
    </message>
    <message>
        <location line="+56"/>
        <location line="+2"/>
        <source>Search everywhere</source>
        <translation>Барлық тізімдерден іздеу</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Names, references, places… in every list</source>
        <translation>Аттар, іс нөмірлері, мекемелер… барлық тізімдерде</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>More… show all in the list</source>
        <translation>Тағы… тізімде бәрін көрсету</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing found.</source>
        <translation>Ештеңе табылмады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter opens the record; Escape closes.</source>
        <translation>Enter жазбаны ашады, Escape іздеуді жабады.</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <location filename="../../ui/exchange_files.py" line="-166"/>
        <source>Send changes</source>
        <translation>Өзгерістерді жіберу</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (not verified)</source>
        <translation>%1 (тексерілмеген)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changes since the last file to this contact</source>
        <translation>Осы контактіге соңғы файлдан бергі өзгерістер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everything</source>
        <translation>Барлығы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen cases only</source>
        <translation>Тек таңдалған істер</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Save as</source>
        <translation>Сақтау орны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Write the file</source>
        <translation>Файлды жазу</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Save the file as</source>
        <translation>Файлды сақтау</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <location filename="../../ui/settings.py" line="+49"/>
        <source>Language</source>
        <translation>Тіл</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Lock after this many idle minutes</source>
        <translation>Әрекетсіздіктен кейін құлыптау</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation (for dossiers)</source>
        <translation>Ұйым (досье үшін)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Default redaction of dossiers</source>
        <translation>Досьені әдепкі бойынша иесіздендіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full: names shown</source>
        <translation>Толық: аттар көрсетіледі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pseudonymised</source>
        <translation>Бүркеншік аттармен</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public: identifying details removed</source>
        <translation>Жария: жеке басын анықтайтын деректерсіз</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location line="+169"/>
        <source>Settings</source>
        <translation>Баптаулар</translation>
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
        <translation>Қойманың сақтық &amp;көшірмесі…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore a backup…</source>
        <translation>Сақтық көшірмеден &amp;қалпына келтіру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Change the passphrase…</source>
        <translation>Құпия &amp;фразаны өзгерту…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write an encrypted, verified copy of the store, under the same passphrase</source>
        <translation>Қойманың шифрланған, тексерілген көшірмесін сол құпия фразамен жазу</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Back up the store to</source>
        <translation>Қойманың сақтық көшірмесін қайда сақтау</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Backing up — Monitor</source>
        <translation>Сақтық көшірме жасалуда — Monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Writing an encrypted copy of the store to %1…</source>
        <translation>Қойманың шифрланған көшірмесі %1 ішіне жазылуда…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Бас тарту</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Backed up to %1.</source>
        <translation>Сақтық көшірме %1 ішіне жазылды.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup written</source>
        <translation>Сақтық көшірме жазылды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The store was backed up to %1 (%2). The copy is encrypted under the store&apos;s passphrase and was checked page by page; keep it apart from this laptop.</source>
        <translation>Қойманың сақтық көшірмесі %1 ішіне жазылды (%2). Көшірме қойманың құпия фразасымен шифрланған және бет-бетімен тексерілген; оны осы ноутбуктан бөлек сақтаңыз.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Backup cancelled; no file was written.</source>
        <translation>Сақтық көшірме жасау тоқтатылды; файл жазылмады.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No backup written</source>
        <translation>Сақтық көшірме жазылмады</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The disk filled up while the backup was written to %1. No backup was written: the unfinished file was removed, and the store itself was not changed. Free at least %2 there, or choose another disk, and try again.</source>
        <translation>Сақтық көшірме %1 ішіне жазылып жатқанда диск толып қалды. Сақтық көшірме жазылмады: аяқталмаған файл жойылды, қойманың өзі өзгерген жоқ. Сол жерде кемінде %2 орын босатыңыз немесе басқа дискіні таңдап, қайталап көріңіз.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Re-encrypting the store…</source>
        <translation>Қойма қайта шифрлануда…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Passphrase not changed</source>
        <translation>Құпия фраза өзгертілмеді</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The passphrase was changed: the store is re-encrypted under the new one. Backups made before still open with the old passphrase.</source>
        <translation>Құпия фраза өзгертілді: қойма жаңасымен қайта шифрланды. Бұрын жасалған сақтық көшірмелер әлі де ескі құпия фразамен ашылады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The store was re-encrypted with today&apos;s key derivation; its passphrase is the same.</source>
        <translation>Қойма бүгінгі кілт туындату параметрлерімен қайта шифрланды; құпия фразасы сол күйі.</translation>
    </message>
</context>
<context>
    <name>TimelineWidget</name>
    <message>
        <location filename="../../ui/timeline_widget.py" line="+94"/>
        <source>Complaint timeline</source>
        <translation>Шағымдар барысы</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Complaint</source>
        <translation>Шағым</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>No complaints yet. Add a complaint to start its timeline.</source>
        <translation>Әзірге шағым жоқ. Барысын бастау үшін шағым қосыңыз.</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+85"/>
        <source>today</source>
        <translation>бүгін</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>date unknown</source>
        <translation>күні белгісіз</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Body: {body}</source>
        <translation>Орган: {body}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From {start} to {end}</source>
        <translation>Мерзімі: {start} – {end}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Days in this stage: {days}</source>
        <translation>Осы кезеңдегі күн саны: {days}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference: {ref}</source>
        <translation>Нөмірі: {ref}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer due: {due}</source>
        <translation>Жауап мерзімі: {due}</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>No answer, %n day(s) overdue</source>
        <translation>
            <numerusform>Жауап жоқ, мерзімі %n күнге өтіп кетті</numerusform>
            <numerusform>Жауап жоқ, мерзімі %n күнге өтіп кетті</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Answered %n day(s) late</source>
        <translation>
            <numerusform>Жауап %n күн кешігіп келді</numerusform>
            <numerusform>Жауап %n күн кешігіп келді</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possibly late: the dates allow {days} past the deadline</source>
        <translation>Кешігуі мүмкін: күндер бойынша мерзімнен кейін {days} өтуі мүмкін</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome: {outcome}</source>
        <translation>Нәтижесі: {outcome}</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+2"/>
        <location line="+66"/>
        <source>closed</source>
        <translation>жабылды</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>+{days} d</source>
        <translation>+{days} күн</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>stage (current one darkest)</source>
        <translation>кезең (ағымдағысы қоюырақ)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer late or overdue</source>
        <translation>жауап кешікті не мерзімі өтті</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answer due within a week</source>
        <translation>жауап мерзімі бір аптаның ішінде</translation>
    </message>
</context>
<context>
    <name>Trash</name>
    <message>
        <location filename="../../ui/trash.py" line="-19"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record</source>
        <translation>Жазба</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deleted</source>
        <translation>Жойылған уақыты</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Belongs to</source>
        <translation>Тиесілі</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>{holder} (deleted)</source>
        <translation>{holder} (жойылған)</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <location line="+83"/>
        <source>Deleted records</source>
        <translation>Жойылған жазбалар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records deleted in this store, newest first. Restore brings a record back where it was (Enter); Erase for good overwrites it (Delete).</source>
        <translation>Осы қоймада жойылған жазбалар, ең жаңасы басында. «Қалпына келтіру» жазбаны бұрынғы орнына қайтарады (Enter); «Біржола өшіру» оны қайта жазып жояды (Delete).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restore</source>
        <translation>&amp;Қалпына келтіру</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Erase for good…</source>
        <translation>&amp;Біржола өшіру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Жабу</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>%n deleted record(s)</source>
        <translation>
            <numerusform>%n жойылған жазба</numerusform>
            <numerusform>%n жойылған жазба</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing is deleted.</source>
        <translation>Жойылған жазба жоқ.</translation>
    </message>
    <message numerus="yes">
        <location line="+38"/>
        <source>%n record(s) restored.</source>
        <translation>
            <numerusform>%n жазба қалпына келтірілді.</numerusform>
            <numerusform>%n жазба қалпына келтірілді.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not restored</source>
        <translation>Қалпына келтірілмеді</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>{kind} “{label}” belongs to a record that is deleted too ({holder_kind}: “{holder}”): restore that record first.</source>
        <translation>{kind} «{label}» жойылған басқа жазбаға тиесілі ({holder_kind}: «{holder}»): алдымен сол жазбаны қалпына келтіріңіз.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>And %n more.</source>
        <translation>
            <numerusform>Тағы %n.</numerusform>
            <numerusform>Тағы %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Erased for good: %n record(s), with their parts.</source>
        <translation>
            <numerusform>Бөліктерімен бірге %n жазба біржола өшірілді.</numerusform>
            <numerusform>Бөліктерімен бірге %n жазба біржола өшірілді.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not done</source>
        <translation>Орындалмады</translation>
    </message>
</context>
<context>
    <name>UnlockDialog</name>
    <message>
        <location filename="../../ui/unlock.py" line="-131"/>
        <source>Open a store — Monitor</source>
        <translation>Қойманы ашу — Monitor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose your encrypted store and type its passphrase.</source>
        <translation>Шифрланған қойманы таңдап, оның құпия фразасын енгізіңіз.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>Шолу…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create a new store…</source>
        <translation>Жаңа қойма құру…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unlock</source>
        <translation>Құлыпты ашу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store file</source>
        <translation>Қойма файлы</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Passphrase</source>
        <translation>Құпия фраза</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open a store</source>
        <translation>Қойманы ашу</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Choose a store file first.</source>
        <translation>Алдымен қойма файлын таңдаңыз.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Type the passphrase.</source>
        <translation>Құпия фразаны енгізіңіз.</translation>
    </message>
</context>
<context>
    <name>UnlockPolicyDialog</name>
    <message>
        <location filename="../../ui/unlock_policy_dialog.py" line="+86"/>
        <source>Unlock protection — Monitor</source>
        <translation>Құлыпты ашу қорғанысы — Monitor</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>never</source>
        <translation>ешқашан</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A duress passphrase is set; typing a new one replaces it.</source>
        <translation>Дабыл құпия фразасы орнатылған; жаңасын енгізсеңіз, ол алдыңғысын алмастырады.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No duress passphrase is set.</source>
        <translation>Дабыл құпия фразасы орнатылмаған.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The duress passphrase also destroys this store</source>
        <translation>Дабыл құпия фразасы бұл қойманы да жояды</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the duress passphrase and destroy its decoy store</source>
        <translation>Дабыл құпия фразасын алып тастап, оның алдамшы қоймасын жою</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After that many wrong passphrases in a row this store is overwritten and deleted, with no warning. The duress passphrase opens a separate, empty decoy store instead of this one. Neither reaches copies or backups of the store, and a small file in your settings folder says that they are set (see the security notes).</source>
        <translation>Қатарынан осынша қате құпия фраза енгізілгеннен кейін бұл қойма ескертусіз қайта жазылып, жойылады. Дабыл құпия фразасы бұл қойманың орнына бөлек, бос алдамшы қойманы ашады. Екеуі де қойманың көшірмелері мен сақтық көшірмелеріне жетпейді, ал баптаулар қалтасындағы шағын файл олардың орнатылғанын көрсетеді (қауіпсіздік жазбаларын қараңыз).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Destroy after failed unlocks</source>
        <translation>Сәтсіз ашу әрекеттерінен кейін жою</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duress passphrase</source>
        <translation>Дабыл құпия фразасы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat it</source>
        <translation>Оны қайталаңыз</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The two duress passphrases differ.</source>
        <translation>Дабыл құпия фразалары сәйкес келмейді.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Set a duress passphrase first: the store is destroyed when it is typed.</source>
        <translation>Алдымен дабыл құпия фразасын орнатыңыз: қойма ол енгізілгенде жойылады.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The duress passphrase must differ from the store&apos;s passphrase.</source>
        <translation>Дабыл құпия фразасы қойманың құпия фразасынан өзгеше болуы керек.</translation>
    </message>
</context>
<context>
    <name>VisitForm</name>
    <message>
        <location filename="../../ui/visit_form.py" line="+72"/>
        <source>Add a team member…</source>
        <translation>Топ мүшесін қосу…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add</source>
        <translation>Қосу</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove</source>
        <translation>Алып тастау</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>details</source>
        <translation>толығырақ</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+86"/>
        <source>Recommendation</source>
        <translation>Ұсыным</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+84"/>
        <location line="+27"/>
        <source>Area</source>
        <translation>Бағыт</translation>
    </message>
    <message>
        <location line="-110"/>
        <source>Status now</source>
        <translation>Қазіргі мәртебесі</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+218"/>
        <location line="+22"/>
        <source>Notes</source>
        <translation>Ескертпелер</translation>
    </message>
    <message>
        <location line="-215"/>
        <source>Carried forward from the previous visit: {visit}</source>
        <translation>Алдыңғы барудан көшірілді: {visit}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No open recommendations from an earlier visit to this place.</source>
        <translation>Бұл мекемеге бұрынғы барулардан қалған орындалмаған ұсынымдар жоқ.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>To</source>
        <translation>Кімге</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Мәртебесі</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What should change</source>
        <translation>Не өзгеруі керек</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Addressed to (e.g. the head of the facility)</source>
        <translation>Кімге (мыс., мекеме басшысына)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add recommendation</source>
        <translation>Ұсыным қосу</translation>
    </message>
    <message>
        <location line="+73"/>
        <location line="+130"/>
        <source>Visit</source>
        <translation>Бару</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>Place of detention</source>
        <translation>Ұстау орны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type a designation or name…</source>
        <translation>Белгісін немесе атауын теріңіз…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monitoring body</source>
        <translation>Мониторинг органы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Type of visit</source>
        <translation>Бару түрі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Announced</source>
        <translation>Хабарлау</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the visit was announced</source>
        <translation>бару туралы алдын ала хабарланды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>Басталуы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ended</source>
        <translation>Аяқталуы</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Team</source>
        <translation>Топ құрамы</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ombudsman&apos;s approval</source>
        <translation>Уәкілдің келісімі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NPM special visits only: the request and the Ombudsman&apos;s decision.</source>
        <translation>Тек ҰАТ-тың арнайы барулары үшін: сұрау салу және Уәкілдің шешімі.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Requested on</source>
        <translation>Сұрау салынған күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decision</source>
        <translation>Шешім</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decided on</source>
        <translation>Шешім күні</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Access</source>
        <translation>Кіру мүмкіндігі</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Obstructions</source>
        <translation>Кедергілер</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People held and interviews</source>
        <translation>Ұсталғандар және әңгімелесу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on the day</source>
        <translation>Ұсталғандар саны</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Private interviews</source>
        <translation>Оңаша әңгімелесу</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Group interviews</source>
        <translation>Топтық әңгімелесу</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings</source>
        <translation>Қорытынды</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the team found, one box per area.</source>
        <translation>Топ анықтаған жайттар, әр бағыт бойынша бөлек.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Summary and notes</source>
        <translation>Қысқаша мазмұны және ескертпелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>Қысқаша мазмұны</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommendations</source>
        <translation>Ұсынымдар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Earlier ones</source>
        <translation>Бұрынғылары</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New ones</source>
        <translation>Жаңалары</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Interviewed people and allegations heard</source>
        <translation>Әңгімелескен адамдар және айтылған бұзушылықтар</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added straight away; a new visit is saved first.</source>
        <translation>Бірден қосылады; жаңа бару алдымен сақталады.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Person</source>
        <translation>Тұлға</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Санаты</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private</source>
        <translation>Оңаша</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Who was interviewed…</source>
        <translation>Кіммен әңгімелесті…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in private</source>
        <translation>оңаша</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>notes</source>
        <translation>ескертпелер</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add interview</source>
        <translation>Әңгімелесу қосу</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Allegation</source>
        <translation>Бұзушылық</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Түрі</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When</source>
        <translation>Қашан</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Add allegation heard…</source>
        <translation>Бұзушылық қосу…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>New visit</source>
        <translation>Жаңа бару</translation>
    </message>
    <message>
        <location line="+128"/>
        <source>Pick who was interviewed, or create them with New…</source>
        <translation>Кіммен әңгімелескенін таңдаңыз немесе «Құру…» батырмасымен қосыңыз</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Allegation heard during the visit</source>
        <translation>Бару кезінде хабарланған бұзушылық</translation>
    </message>
</context>
</TS>
