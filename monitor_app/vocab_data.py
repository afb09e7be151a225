"""The product's built-in controlled vocabularies, in English, Russian and Kazakh.

A record stores a term's code, ``f"{vocabulary}.{slug}"`` (``"method.electric_shock"``), so slugs
never change once shipped: retire a term rather than rename it.

``huridocs`` holds the ``huri_code`` of the closest term in the HURIDOCS Events Standard Formats
micro-thesauri, written as in the reference extract (12 digits, ``"030800000000"``), or None when
HURIDOCS has no real equivalent. A ``huri_code`` is only unique inside one HURIDOCS list;
:data:`HURIDOCS_LISTS` names the list each vocabulary maps to. The terms themselves are ours,
fitted to detention monitoring in Kazakhstan; they are not a copy of the HURIDOCS lists.

``attrs`` carries per-term facts the code relies on (all JSON-serialisable):

- ``region``: ``city`` (True for the three cities of republican significance).
- ``access_outcome``: ``severity`` 0 (full access) .. 3 (denied).
- ``recommendation_status`` and ``case_status``: ``closed``.
- ``risk_level``: ``rank`` 0 (low) .. 3 (critical).
- ``legal_qualification``: ``article`` (str, None for no article), ``criminal_code`` ("1997"
  or "2014", the code the article belongs to), ``part`` where the term is one part of an
  article; a 1997 article names the 2014 term that replaced it in ``corresponds_to`` (a term
  code: Art. 347-1 became Art. 146), read with :func:`monitor_app.vocabulary.corresponding_term`.
- ``in_force_from`` / ``in_force_until`` (ISO days, on articles and stages): the period of the
  law the term belongs to. Since the 2014 Code of Criminal Procedure (in force 1 January 2015)
  registering a report in the ERDR starts the investigation; the preliminary check and the
  refusal to open a case are stages of the 1997 Code only. Old and new stages are both kept so
  a 2012 complaint and a 2019 one each read correctly; a step at a stage not in force at its
  date gets a warning, never a refusal (:func:`monitor_app.vocabulary.in_force_at`,
  :func:`~monitor_app.vocabulary.period_warning`).
- ``complaint_stage``: ``closing`` (the step ends the procedure unless appealed), ``adverse``
  (the step goes against the complainant) and ``reopens`` (the step opens a closed procedure
  again: the clock runs from it).
- Answer deadlines per stage and body are not term attributes: they are deadline rules with
  their legal source, stored in the store and editable (:mod:`monitor_app.procedure`).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TermSpec:
    slug: str  # ascii snake_case, unique within its vocabulary
    en: str
    ru: str
    kk: str
    huridocs: str | None = None  # huri_code from the HURIDOCS micro-thesauri, or None
    attrs: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class VocabularySpec:
    en: str
    ru: str
    kk: str
    terms: tuple[TermSpec, ...]
    multi: bool = False  # True when a record can carry several terms


# HURIDOCS list (``list_code`` in the reference extract) that each vocabulary's codes belong to.
HURIDOCS_LISTS: dict[str, str] = {
    "place_kind": "17",  # types of locations
    "location_kind": "17",  # types of locations
    "allegation_kind": "4",  # types of acts
    "reprisal_kind": "4",  # types of acts
    "method": "5",  # methods of violence
    "purpose": "38",  # intent
    "perpetrator_kind": "24",  # types of perpetrators
    "involvement": "18",  # degrees of involvement
    "reprisal_response": "20",  # types of intervention
}

T = TermSpec

# The 2014 Criminal Code and Code of Criminal Procedure came into force on 1 January 2015; the
# 1997 codes applied until then. Stages and articles of one regime carry these dates.
CODES_2014_IN_FORCE = "2015-01-01"
CODES_1997_UNTIL = "2014-12-31"

_PLACE_KIND = VocabularySpec(
    "Kinds of places of detention",
    "Виды мест лишения свободы",
    "Бас бостандығынан айыру орындарының түрлері",
    (
        T("penal_colony", "Penal colony", "Исправительная колония", "Түзеу колониясы",
          "030600000000"),
        T("prison", "Prison", "Тюрьма", "Түрме", "030600000000"),
        T("sizo", "Pre-trial detention centre (SIZO)", "Следственный изолятор (СИЗО)",
          "Тергеу изоляторы", "030600000000"),
        T("ivs", "Temporary holding facility (IVS)", "Изолятор временного содержания (ИВС)",
          "Уақытша ұстау изоляторы (УҰИ)", "030500000000"),
        T("police_station", "Police station or office", "Отдел полиции, служебный кабинет",
          "Полиция бөлімі, қызметтік кабинет", "030500000000"),
        T("special_reception", "Special reception centre (administrative detainees)",
          "Специальный приёмник (для административно арестованных)",
          "Арнаулы қабылдау орны (әкімшілік қамаққа алынғандар үшін)", "030500000000"),
        T("psychiatric_hospital", "Psychiatric hospital", "Психиатрическая больница",
          "Психиатриялық аурухана", "040704000000"),
        T("social_care_home", "Social care home for older or disabled people",
          "Медико-социальное учреждение для пожилых людей и лиц с инвалидностью",
          "Қарттар мен мүгедектігі бар адамдарға арналған медициналық-әлеуметтік мекеме",
          "040700000000"),
        T("childrens_institution", "Children's institution (children's home, boarding school)",
          "Детское учреждение (детский дом, интернат)",
          "Балалар мекемесі (балалар үйі, интернат)", "040701000000"),
        T("juvenile_centre", "Special school or adaptation centre for juveniles",
          "Спецшкола или центр адаптации несовершеннолетних",
          "Кәмелетке толмағандарға арналған арнаулы мектеп не бейімдеу орталығы",
          "040705000000"),
        T("military_guardhouse", "Military guardhouse or barracks", "Гауптвахта, казарма",
          "Әскери гауптвахта, казарма", "030400000000"),
        T("migrant_holding", "Holding facility for foreigners awaiting expulsion",
          "Учреждение для содержания иностранцев, подлежащих выдворению",
          "Елден шығарылатын шетелдіктерді ұстау орны", "090700000000"),
        T("other", "Other", "Другое", "Басқа", "900000000000"),
    ),
)

_REGIME = VocabularySpec(
    "Security level (regime)",
    "Уровень безопасности (режим)",
    "Қауіпсіздік деңгейі (режим)",
    (
        T("minimum", "Minimum security", "Минимальной безопасности", "Қауіпсіздігі ең төмен"),
        T("settlement", "Colony-settlement", "Колония-поселение", "Колония-қоныс"),
        T("medium", "Medium security (former general regime)",
          "Средней безопасности (бывший общий режим)",
          "Қауіпсіздігі орташа (бұрынғы жалпы режим)"),
        T("maximum", "Maximum security (former strict regime)",
          "Максимальной безопасности (бывший строгий режим)",
          "Қауіпсіздігі барынша жоғары (бұрынғы қатаң режим)"),
        T("special", "Extreme security (former special regime)",
          "Чрезвычайной безопасности (бывший особый режим)",
          "Қауіпсіздігі төтенше (бұрынғы ерекше режим)"),
        T("full", "Full security (prison)", "Полной безопасности (тюрьма)",
          "Қауіпсіздігі толық (түрме)"),
        T("life", "For life-sentenced prisoners", "Для осуждённых к пожизненному лишению свободы",
          "Өмір бойына бас бостандығынан айырылғандарға арналған"),
        T("mixed", "Mixed security", "Смешанной безопасности", "Қауіпсіздігі аралас"),
        T("juvenile", "Institution for juveniles", "Учреждение для несовершеннолетних",
          "Кәмелетке толмағандарға арналған мекеме"),
    ),
)

_AUTHORITY = VocabularySpec(
    "Responsible authority",
    "Ведомственная подчинённость",
    "Ведомстволық бағыныстылық",
    (
        T("penal_system", "Penal System Committee, Ministry of Internal Affairs",
          "Комитет уголовно-исполнительной системы МВД",
          "ІІМ Қылмыстық-атқару жүйесі комитеті"),
        T("police", "Police, Ministry of Internal Affairs", "Полиция МВД", "ІІМ полициясы"),
        T("knb", "National Security Committee (KNB)", "Комитет национальной безопасности (КНБ)",
          "Ұлттық қауіпсіздік комитеті (ҰҚК)"),
        T("health", "Health authorities", "Органы здравоохранения", "Денсаулық сақтау органдары"),
        T("labour_social", "Labour and social protection authorities",
          "Органы труда и социальной защиты населения",
          "Еңбек және халықты әлеуметтік қорғау органдары"),
        T("defence", "Ministry of Defence", "Министерство обороны", "Қорғаныс министрлігі"),
        T("education", "Education authorities", "Органы образования", "Білім беру органдары"),
        T("akimat", "Local executive body (akimat)", "Местный исполнительный орган (акимат)",
          "Жергілікті атқарушы орган (әкімдік)"),
        T("private", "Private or non-governmental body",
          "Частная или негосударственная организация", "Жеке немесе мемлекеттік емес ұйым"),
        T("other", "Other", "Другое", "Басқа"),
    ),
)


def _city(flag: bool) -> dict[str, object]:
    return {"city": flag}


_REGION = VocabularySpec(
    "Regions and cities of republican significance",
    "Области и города республиканского значения",
    "Облыстар және республикалық маңызы бар қалалар",
    (
        T("astana", "Astana", "город Астана", "Астана қаласы", None, _city(True)),
        T("almaty_city", "Almaty", "город Алматы", "Алматы қаласы", None, _city(True)),
        T("shymkent", "Shymkent", "город Шымкент", "Шымкент қаласы", None, _city(True)),
        T("abai", "Abai Region", "область Абай", "Абай облысы", None, _city(False)),
        T("akmola", "Akmola Region", "Акмолинская область", "Ақмола облысы", None, _city(False)),
        T("aktobe", "Aktobe Region", "Актюбинская область", "Ақтөбе облысы", None, _city(False)),
        T("almaty_region", "Almaty Region", "Алматинская область", "Алматы облысы", None,
          _city(False)),
        T("atyrau", "Atyrau Region", "Атырауская область", "Атырау облысы", None, _city(False)),
        T("east_kazakhstan", "East Kazakhstan Region", "Восточно-Казахстанская область",
          "Шығыс Қазақстан облысы", None, _city(False)),
        T("jambyl", "Jambyl Region", "Жамбылская область", "Жамбыл облысы", None, _city(False)),
        T("jetisu", "Jetisu Region", "область Жетісу", "Жетісу облысы", None, _city(False)),
        T("karaganda", "Karaganda Region", "Карагандинская область", "Қарағанды облысы", None,
          _city(False)),
        T("kostanay", "Kostanay Region", "Костанайская область", "Қостанай облысы", None,
          _city(False)),
        T("kyzylorda", "Kyzylorda Region", "Кызылординская область", "Қызылорда облысы", None,
          _city(False)),
        T("mangystau", "Mangystau Region", "Мангистауская область", "Маңғыстау облысы", None,
          _city(False)),
        T("north_kazakhstan", "North Kazakhstan Region", "Северо-Казахстанская область",
          "Солтүстік Қазақстан облысы", None, _city(False)),
        T("pavlodar", "Pavlodar Region", "Павлодарская область", "Павлодар облысы", None,
          _city(False)),
        T("turkistan", "Turkistan Region", "Туркестанская область", "Түркістан облысы", None,
          _city(False)),
        T("ulytau", "Ulytau Region", "область Ұлытау", "Ұлытау облысы", None, _city(False)),
        T("west_kazakhstan", "West Kazakhstan Region", "Западно-Казахстанская область",
          "Батыс Қазақстан облысы", None, _city(False)),
    ),
)

_MONITORING_BODY = VocabularySpec(
    "Monitoring body",
    "Мониторинговый орган",
    "Мониторинг жүргізетін орган",
    (
        T("pmc", "Public Monitoring Commission (PMC)", "Общественная наблюдательная комиссия (ОНК)",
          "Қоғамдық байқау комиссиясы (ҚБК)"),
        T("npm", "National Preventive Mechanism (NPM)", "Национальный превентивный механизм (НПМ)",
          "Ұлттық алдын алу тетігі (ҰАТ)"),
        T("joint", "Joint visit (PMC and NPM)", "Совместное посещение (ОНК и НПМ)",
          "Бірлескен бару (ҚБК мен ҰАТ)"),
        T("ombudsman", "Human Rights Commissioner (Ombudsman)",
          "Уполномоченный по правам человека", "Адам құқықтары жөніндегі уәкіл"),
        T("ngo", "Non-governmental organisation", "Неправительственная организация",
          "Үкіметтік емес ұйым"),
        T("other", "Other", "Другое", "Басқа"),
    ),
)

_VISIT_TYPE = VocabularySpec(
    "Type of visit",
    "Вид посещения",
    "Бару түрі",
    (
        T("regular", "Regular (periodic, planned)", "Периодическое (плановое)",
          "Мерзімді (жоспарлы)"),
        T("follow_up", "Follow-up (implementation of recommendations)",
          "Промежуточное (проверка выполнения рекомендаций)",
          "Аралық (ұсынымдардың орындалуын тексеру)"),
        T("special", "Special (urgent, in response to an allegation)",
          "Специальное (срочное, по сообщению о нарушении)",
          "Арнайы (шұғыл, хабарлама бойынша)"),
        T("thematic", "Thematic", "Тематическое", "Тақырыптық"),
    ),
)

_OMBUDSMAN_DECISION = VocabularySpec(
    "Ombudsman's decision on a special visit",
    "Решение Уполномоченного о специальном посещении",
    "Уәкілдің арнайы бару туралы шешімі",
    (
        T("pending", "Awaiting decision", "Ожидает решения", "Шешім күтілуде"),
        T("approved", "Approved", "Одобрено", "Мақұлданды"),
        T("refused", "Refused", "Отказано", "Бас тартылды"),
    ),
)

_ACCESS_OUTCOME = VocabularySpec(
    "Access to the place",
    "Доступ в учреждение",
    "Мекемеге кіру мүмкіндігі",
    (
        T("full", "Full access", "Полный доступ", "Толық рұқсат", None, {"severity": 0}),
        T("delayed", "Access delayed", "Доступ с задержкой", "Рұқсат кешіктірілді", None,
          {"severity": 1}),
        T("restricted", "Access restricted", "Ограниченный доступ", "Шектеулі рұқсат", None,
          {"severity": 2}),
        T("denied", "Access denied", "В доступе отказано", "Рұқсат берілмеді", None,
          {"severity": 3}),
    ),
)

_OBSTRUCTION = VocabularySpec(
    "Obstruction of the visit",
    "Препятствия при посещении",
    "Бару кезіндегі кедергілер",
    (
        T("entry_delayed", "Entry delayed", "Задержка с допуском", "Кіргізу кешіктірілді"),
        T("area_refused", "Access to some premises refused",
          "Отказ в доступе в отдельные помещения", "Кейбір үй-жайларға кіргізбеді"),
        T("private_interviews_refused", "Private interviews refused",
          "Отказ в беседах наедине", "Оңаша әңгімелесуге рұқсат берілмеді"),
        T("staff_present", "Staff present during interviews",
          "Присутствие сотрудников при беседах", "Әңгіме кезінде қызметкерлер қасында болды"),
        T("documents_withheld", "Documents withheld", "Документы не предоставлены",
          "Құжаттар көрсетілмеді"),
        T("time_cut", "Visit time cut short", "Время посещения ограничено",
          "Бару уақыты қысқартылды"),
        T("recording_banned", "Photo, audio or video recording banned",
          "Запрет фото-, аудио- и видеосъёмки",
          "Фото-, аудио- және бейнетүсірілімге тыйым салынды"),
        T("detainees_moved", "Detainees moved or hidden before the visit",
          "Заключённых перевели или спрятали перед посещением",
          "Бару алдында қамаудағыларды басқа жерге ауыстырды не жасырды"),
        T("detainees_intimidated", "Detainees warned or intimidated beforehand",
          "Заключённых заранее предупредили или запугали",
          "Қамаудағыларды алдын ала ескертті не қорқытты"),
        T("monitor_excluded", "Member of the team not admitted",
          "Члена группы не допустили", "Топ мүшесі кіргізілмеді"),
        T("other", "Other", "Другое", "Басқа"),
    ),
)

_FINDING_AREA = VocabularySpec(
    "Area of findings",
    "Направление оценки",
    "Бағалау бағыты",
    (
        T("treatment", "Treatment", "Обращение", "Адамдармен қарым-қатынас"),
        T("safeguards", "Protection safeguards", "Гарантии защиты", "Қорғау кепілдіктері"),
        T("material_conditions", "Material conditions", "Материальные условия",
          "Материалдық жағдайлар"),
        T("regime_activities", "Regime and activities", "Режим и деятельность",
          "Режим және іс-шаралар"),
        T("health_care", "Health care", "Медицинское обслуживание",
          "Медициналық қызмет көрсету"),
        T("staff", "Staff", "Персонал", "Қызметкерлер"),
    ),
)

_RECOMMENDATION_STATUS = VocabularySpec(
    "Recommendation status",
    "Статус рекомендации",
    "Ұсынымның мәртебесі",
    (
        T("open", "Open, awaiting follow-up", "Направлена, ожидает проверки",
          "Жіберілді, тексеру күтілуде", None, {"closed": False}),
        T("in_progress", "Being implemented", "Выполняется", "Орындалу үстінде", None,
          {"closed": False}),
        T("partly_implemented", "Partly implemented", "Выполнена частично",
          "Ішінара орындалды", None, {"closed": False}),
        T("implemented", "Implemented", "Выполнена", "Орындалды", None, {"closed": True}),
        T("not_implemented", "Not implemented", "Не выполнена", "Орындалмады", None,
          {"closed": False}),
        T("rejected", "Rejected by the administration", "Отклонена администрацией",
          "Әкімшілік қабылдамады", None, {"closed": False}),
        T("withdrawn", "Withdrawn, no longer relevant", "Снята, утратила актуальность",
          "Өзектілігін жойды", None, {"closed": True}),
    ),
)

_PERSON_CATEGORY = VocabularySpec(
    "Category of person",
    "Категория лица",
    "Тұлға санаты",
    (
        T("detainee", "Detainee or prisoner", "Задержанный, заключённый", "Қамаудағы адам"),
        T("former_detainee", "Former detainee", "Бывший заключённый",
          "Бұрын қамауда болған адам"),
        T("relative", "Relative", "Родственник", "Туысы"),
        T("witness", "Witness", "Свидетель", "Куә"),
        T("lawyer", "Lawyer", "Адвокат", "Адвокат"),
        T("official", "Official", "Должностное лицо", "Лауазымды адам"),
        T("monitor", "Monitor (PMC or NPM member)", "Наблюдатель (член ОНК или НПМ)",
          "Байқаушы (ҚБК не ҰАТ мүшесі)"),
        T("defender", "Human rights defender or journalist", "Правозащитник или журналист",
          "Құқық қорғаушы не журналист"),
        T("medical_worker", "Doctor or medical worker", "Врач, медицинский работник",
          "Дәрігер, медицина қызметкері"),
        T("other", "Other", "Другое", "Басқа"),
    ),
)

_PERSON_ROLE = VocabularySpec(
    "Role in the case",
    "Роль в деле",
    "Істегі рөлі",
    (
        T("victim", "Victim", "Пострадавший", "Жәбірленуші"),
        T("complainant", "Complainant", "Заявитель", "Шағымданушы"),
        T("witness", "Witness", "Свидетель", "Куә"),
        T("relative", "Relative", "Родственник", "Туысы"),
        T("lawyer", "Lawyer or representative", "Адвокат, представитель", "Адвокат, өкіл"),
        T("alleged_perpetrator", "Alleged perpetrator", "Предполагаемый исполнитель",
          "Болжамды жасаушы"),
        T("investigator", "Investigator or prosecutor handling the complaint",
          "Следователь или прокурор по жалобе", "Шағымды қараған тергеуші не прокурор"),
        T("doctor", "Doctor or forensic expert", "Врач, судебно-медицинский эксперт",
          "Дәрігер, сот-медициналық сарапшы"),
        T("monitor", "Monitor", "Наблюдатель", "Байқаушы"),
        T("defendant", "Defendant", "Подсудимый", "Сотталушы"),
        T("other", "Other", "Другое", "Басқа"),
    ),
)

_GENDER = VocabularySpec(
    "Gender",
    "Пол",
    "Жынысы",
    (
        T("female", "Female", "Женский", "Әйел"),
        T("male", "Male", "Мужской", "Ер"),
        T("unknown", "Unknown", "Неизвестен", "Белгісіз"),
    ),
)

_RISK_LEVEL = VocabularySpec(
    "Risk level",
    "Уровень риска",
    "Қауіп деңгейі",
    (
        T("low", "Low", "Низкий", "Төмен", None, {"rank": 0}),
        T("medium", "Medium", "Средний", "Орташа", None, {"rank": 1}),
        T("high", "High", "Высокий", "Жоғары", None, {"rank": 2}),
        T("critical", "Critical", "Критический", "Аса жоғары", None, {"rank": 3}),
    ),
)

_CASE_STATUS = VocabularySpec(
    "Case status",
    "Статус дела",
    "Іс мәртебесі",
    (
        T("intake", "Intake, being assessed", "Приём, оценка", "Қабылдау, бағалау", None,
          {"closed": False}),
        T("open", "Open", "В работе", "Ашық", None, {"closed": False}),
        T("in_court", "In court", "В суде", "Сотта", None, {"closed": False}),
        T("at_un", "Before a UN body", "На рассмотрении органа ООН", "БҰҰ органының қарауында",
          None, {"closed": False}),
        T("closed", "Closed", "Закрыто", "Жабық", None, {"closed": True}),
        # a closed case taken up again: open, and its closure stays in the status history
        T("reopened", "Reopened", "Возобновлено", "Қайта ашылған", None, {"closed": False}),
    ),
)

_ALLEGATION_KIND = VocabularySpec(
    "Kind of allegation",
    "Вид нарушения",
    "Бұзушылық түрі",
    (
        T("torture", "Torture", "Пытки", "Азаптау", "020111110000"),
        T("ill_treatment", "Cruel, inhuman or degrading treatment",
          "Жестокое, бесчеловечное или унижающее достоинство обращение",
          "Қатыгез, адамгершілікке жатпайтын не ар-намысты қорлайтын қарым-қатынас",
          "020100000000"),
        T("inhuman_conditions", "Inhuman conditions of detention",
          "Бесчеловечные условия содержания", "Адамгершілікке жатпайтын ұстау жағдайлары",
          "360102000000"),
        T("death_in_custody", "Death in custody", "Смерть под стражей", "Қамауда қайтыс болу",
          "010106010000"),
        T("self_harm_protest", "Self-harm in protest", "Членовредительство в знак протеста",
          "Наразылық ретінде өзіне зақым келтіру"),
        T("mass_detention", "Mass detention", "Массовое задержание", "Жаппай ұстау",
          "030107000000"),
        T("unlawful_detention", "Unlawful or unregistered detention",
          "Незаконное или незарегистрированное задержание", "Заңсыз не тіркелмеген ұстау",
          "030102000000"),
        T("other", "Other", "Другое", "Басқа", "900000000000"),
    ),
)

_METHOD = VocabularySpec(
    "Methods of torture and ill-treatment",
    "Методы пыток и жестокого обращения",
    "Азаптау мен қатыгез қарым-қатынас әдістері",
    (
        T("beating", "Beating with fists or slaps", "Избиение кулаками, пощёчины",
          "Жұдырықпен, алақанмен ұру", "030101000000"),
        T("beating_objects", "Beating with a baton or other objects",
          "Избиение дубинкой или предметами", "Резеңке таяқпен не басқа заттармен ұру",
          "030102000000"),
        T("kicking", "Kicking", "Удары ногами", "Аяқпен тебу", "030101000000"),
        T("suffocation", "Suffocation with a plastic bag or gas mask",
          "Удушение пакетом или противогазом", "Басына пакет не газқағар кигізіп тұншықтыру",
          "030900000000"),
        T("electric_shock", "Electric shock", "Пытки электротоком", "Электр тогымен азаптау",
          "030800000000"),
        T("stress_positions", "Stress positions (long standing, squatting, stretching)",
          "Изнурительные позы (долгое стояние, на корточках, растяжка)",
          "Мәжбүрлі дене қалпы (ұзақ тұрғызу, шоқайтып отырғызу, керіп қою)",
          "031100000000"),
        T("suspension", "Suspension by the arms, legs or handcuffs",
          "Подвешивание за руки, ноги или наручники",
          "Қолынан, аяғынан не кісенінен асып қою", "031101000000"),
        T("handcuffing", "Prolonged handcuffing or tying up",
          "Длительное содержание в наручниках, связывание",
          "Ұзақ уақыт кісендеп не байлап ұстау", "031701000000"),
        T("burns", "Burns (cigarettes, hot objects)", "Ожоги (сигаретами, горячими предметами)",
          "Күйдіру (темекімен, ыстық заттармен)", "030400000000"),
        T("dogs", "Set upon by dogs", "Травля собаками", "Итке талату", "031300000000"),
        T("gas_spray", "Tear gas or pepper spray", "Слезоточивый газ, перцовый баллончик",
          "Көзден жас ағызатын газ, бұрыш спрейі", "040100000000"),
        T("stripping", "Forced nakedness", "Раздевание догола", "Жалаңаштандыру",
          "032102000000"),
        T("cold_water", "Dousing with cold water", "Обливание холодной водой",
          "Үстінен суық су құю", "030700000000"),
        T("cold_heat", "Exposure to cold or heat (cold floor, open sun)",
          "Воздействие холода или жары (холодный пол, открытое солнце)",
          "Суыққа не ыстыққа ұстау (суық еден, күн көзі)", "030700000000"),
        T("rape", "Rape, including with objects", "Изнасилование, в том числе предметами",
          "Зорлау, соның ішінде заттармен", "030500000000"),
        T("sexual_violence", "Other sexual violence", "Иное сексуальное насилие",
          "Жыныстық зорлық-зомбылықтың өзге түрлері", "030600000000"),
        T("sexual_threats", "Threats of rape or sexual violence",
          "Угрозы изнасилованием или сексуальным насилием",
          "Зорлаймыз деп не жыныстық зорлық көрсетеміз деп қорқыту", "030602000000"),
        T("death_threats", "Death threats", "Угрозы убийством", "Өлтіреміз деп қорқыту",
          "032300000000"),
        T("threats_relatives", "Threats against relatives", "Угрозы родственникам",
          "Туыстарына зиян келтіреміз деп қорқыту", "032202000000"),
        T("threats", "Other threats (new charges, transfer, harsher regime)",
          "Иные угрозы (новым делом, этапом, ужесточением режима)",
          "Өзге қорқыту (жаңа іс, басқа мекемеге ауыстыру, режимді қатаңдату)",
          "032201000000"),
        T("humiliation", "Humiliation and verbal abuse", "Унижение, оскорбления",
          "Қорлау, балағаттау", "032100000000"),
        T("degrading_acts", "Forced to act in a degrading way",
          "Принуждение к унизительным действиям", "Ар-намысты қорлайтын әрекеттерге мәжбүрлеу",
          "032103000000"),
        T("witness_torture", "Forced to watch others being tortured",
          "Принуждение смотреть на пытки других",
          "Басқаларды азаптағанын көруге мәжбүрлеу", "032400000000"),
        T("hooding", "Hooding or blindfolding", "Мешок на голову, завязывание глаз",
          "Басына қап кигізу, көзін байлау", "031904000000"),
        T("sleep_deprivation", "Sleep deprivation", "Лишение сна", "Ұйқыдан айыру",
          "031502000000"),
        T("food_water_deprivation", "Deprivation of food or water", "Лишение пищи или воды",
          "Тамақтан не судан айыру", "031501000000"),
        T("denial_medical_care", "Denial of medical care", "Отказ в медицинской помощи",
          "Медициналық көмек көрсетпеу", "031503000000"),
        T("solitary_confinement", "Prolonged solitary confinement or punishment cell",
          "Длительное одиночное содержание, штрафной изолятор",
          "Ұзақ уақыт жалғыз ұстау, айыппұл изоляторы", "031800000000"),
        T("forced_medication", "Forced medication", "Принудительное введение препаратов",
          "Дәрі-дәрмекті күштеп енгізу", "032500000000"),
        T("car_boot", "Carried in a car boot", "Перевозка в багажнике",
          "Көліктің жүксалғышында тасу"),
        T("unspecified", "Unspecified (the source does not say how)",
          "Не указан (источник не сообщает, как именно)",
          "Көрсетілмеген (дереккөз қалай екенін айтпайды)"),
        T("other", "Other", "Другое", "Басқа", "900000000000"),
    ),
    multi=True,
)

_PURPOSE = VocabularySpec(
    "Purpose of the act",
    "Цель действий",
    "Әрекеттің мақсаты",
    (
        T("confession", "To obtain a confession", "Получение признания", "Кінәсін мойындату",
          "010000000000"),
        T("information", "To obtain information or testimony against others",
          "Получение сведений или показаний на других",
          "Мәлімет не басқаларға қарсы айғақ алу", "010000000000"),
        T("punishment", "Punishment", "Наказание", "Жазалау", "030000000000"),
        T("intimidation", "Intimidation", "Запугивание", "Қорқыту", "020000000000"),
        T("reprisal", "Reprisal for a complaint or for contact with monitors",
          "Месть за жалобу или общение с наблюдателями",
          "Шағымы не байқаушылармен сөйлескені үшін кек алу", "030000000000"),
        T("discrimination", "Discrimination", "Дискриминация", "Кемсіту"),
        T("extortion", "Extortion of money or property", "Вымогательство денег или имущества",
          "Ақша не мүлік бопсалау", "070000000000"),
        T("other", "Other", "Другое", "Басқа", "900000000000"),
    ),
    multi=True,
)

_LOCATION_KIND = VocabularySpec(
    "Where it happened",
    "Место происшествия",
    "Оқиға орны",
    (
        T("facility", "Inside a place of detention (cell, yard, other premises)",
          "В месте лишения свободы (камера, прогулочный двор и др.)",
          "Бас бостандығынан айыру орнында (камера, серуендеу ауласы және т.б.)",
          "030600000000"),
        T("police_office", "Police station or office", "Отдел полиции, служебный кабинет",
          "Полиция бөлімі, қызметтік кабинет", "030500000000"),
        T("police_car", "Police car", "Полицейский автомобиль", "Полиция көлігі",
          "070407000000"),
        T("transport", "Prisoner transport (van, train carriage)",
          "Этапирование (автозак, вагон)", "Айдауылмен тасымалдау (арнаулы көлік, вагон)",
          "070400000000"),
        T("court_building", "Court building (holding cell)", "Здание суда (конвойное помещение)",
          "Сот ғимараты (айдауыл бөлмесі)", "030700000000"),
        T("security_service", "National Security Committee premises", "Помещение КНБ",
          "ҰҚК үй-жайы", "090400000000"),
        T("unofficial_place", "Unofficial place (flat, barn, remote spot)",
          "Неофициальное место (квартира, сарай, безлюдное место)",
          "Ресми емес орын (пәтер, қора, елсіз жер)", "090500000000"),
        T("home", "Home, during arrest or search", "Жилище, при задержании или обыске",
          "Тұрғын үй, ұстау не тінту кезінде", "010101000000"),
        T("street", "Street or public place", "Улица, общественное место",
          "Көше, қоғамдық орын", "060000000000"),
        T("hospital", "Hospital", "Больница", "Аурухана", "040500000000"),
        T("other", "Other", "Другое", "Басқа", "900000000000"),
    ),
)

_PERPETRATOR_KIND = VocabularySpec(
    "Alleged perpetrators",
    "Предполагаемые исполнители",
    "Болжамды жасаушылар",
    (
        T("police", "Police officers", "Сотрудники полиции", "Полиция қызметкерлері",
          "010104000000"),
        T("penal_staff", "Prison or SIZO staff", "Сотрудники учреждения УИС",
          "Қылмыстық-атқару жүйесі мекемесінің қызметкерлері", "010105000000"),
        T("knb", "National Security Committee (KNB) officers", "Сотрудники КНБ",
          "ҰҚК қызметкерлері", "010106000000"),
        T("special_forces", "National Guard or special units (often masked)",
          "Нацгвардия или спецподразделения (часто в масках)",
          "Ұлттық ұлан не арнайы жасақ (көбіне бетперде киген)", "010103000000"),
        T("military", "Military personnel", "Военнослужащие", "Әскери қызметшілер",
          "010103000000"),
        T("anti_corruption", "Anti-corruption or financial monitoring officers",
          "Сотрудники антикоррупционной службы или финансового мониторинга",
          "Сыбайлас жемқорлыққа қарсы қызмет не қаржы мониторингі қызметкерлері",
          "010100000000"),
        T("medical_staff", "Medical staff", "Медицинский персонал", "Медицина қызметкерлері"),
        T("institution_staff", "Staff of a care home, psychiatric or children's institution",
          "Персонал медико-социального, психиатрического или детского учреждения",
          "Медициналық-әлеуметтік, психиатриялық не балалар мекемесінің қызметкерлері"),
        T("other_detainees", "Other detainees acting on instructions",
          "Другие заключённые по указанию администрации",
          "Әкімшіліктің тапсырмасымен әрекет еткен басқа қамаудағылар"),
        T("unknown", "Unknown", "Неизвестно", "Белгісіз", "990000000000"),
        T("other", "Other", "Другое", "Басқа", "900000000000"),
    ),
)

_INVOLVEMENT = VocabularySpec(
    "Degree of involvement",
    "Форма участия",
    "Қатысу түрі",
    (
        T("direct", "Carried it out directly", "Непосредственно совершил", "Тікелей жасаған",
          "010100000000"),
        T("ordered", "Gave the order", "Отдал приказ", "Бұйрық берген", "010200000000"),
        T("complicit", "Present and complicit", "Присутствовал и содействовал",
          "Қасында болып, көмектескен", "010300000000"),
        T("failed_to_prevent", "Knew and failed to prevent", "Знал и не пресёк",
          "Біле тұра жолын кеспеген", "050300000000"),
        T("covered_up", "Covered it up (false records, refusal to register)",
          "Покрывал (фальсификация документов, отказ в регистрации)",
          "Жасырған (құжатты бұрмалаған, тіркемеген)", "050200000000"),
        T("unknown", "Unknown", "Неизвестно", "Белгісіз", "990000000000"),
    ),
)

_MEDICAL_EXAM_KIND = VocabularySpec(
    "Kind of medical examination",
    "Вид медицинского освидетельствования",
    "Медициналық куәландыру түрі",
    (
        T("official_forensic", "Official forensic examination",
          "Судебно-медицинская экспертиза", "Ресми сот-медициналық сараптама"),
        T("independent", "Independent medical examination",
          "Независимое медицинское освидетельствование", "Тәуелсіз медициналық куәландыру"),
        T("admission_exam", "Examination on admission to IVS or SIZO",
          "Освидетельствование при поступлении в ИВС или СИЗО",
          "УҰИ-ге не тергеу изоляторына қабылдау кезіндегі куәландыру"),
        T("prison_medical_record", "Medical record of the place of detention",
          "Медицинская документация учреждения", "Мекеменің медициналық құжаттары"),
        T("hospital_record", "Hospital or ambulance record",
          "Документы больницы или скорой помощи", "Аурухана не жедел жәрдем құжаттары"),
        T("psychological", "Psychological or psychiatric assessment",
          "Психологическое или психиатрическое обследование",
          "Психологиялық не психиатриялық тексеру"),
        T("other", "Other", "Другое", "Басқа"),
    ),
)

_ISTANBUL_PROTOCOL = VocabularySpec(
    "Follows the Istanbul Protocol",
    "Соответствие Стамбульскому протоколу",
    "Стамбул хаттамасына сәйкестігі",
    (
        T("yes", "Yes", "Да", "Иә"),
        T("partly", "Partly", "Частично", "Ішінара"),
        T("no", "No", "Нет", "Жоқ"),
        T("unknown", "Unknown", "Неизвестно", "Белгісіз"),
    ),
)

def _cc2014(article: str, *, part: str | None = None) -> dict[str, object]:
    attrs: dict[str, object] = {"article": article, "criminal_code": "2014",
                                "in_force_from": CODES_2014_IN_FORCE}
    if part is not None:
        attrs["part"] = part
    return attrs


def _cc1997(article: str, corresponds_to: str) -> dict[str, object]:
    return {"article": article, "criminal_code": "1997", "in_force_until": CODES_1997_UNTIL,
            "corresponds_to": f"legal_qualification.{corresponds_to}"}


_LEGAL_QUALIFICATION = VocabularySpec(
    "Legal qualification (Criminal Code)",
    "Квалификация по УК РК",
    "ҚР ҚК бойынша саралау",
    (
        T("art146_torture", "Art. 146: Torture", "Ст. 146: Пытки", "146-бап: Азаптау", None,
          _cc2014("146")),
        T("art146p1_cruel_treatment", "Art. 146 part 1: Cruel, inhuman or degrading treatment",
          "Ст. 146 ч. 1: Жестокое, бесчеловечное или унижающее достоинство обращение",
          "146-баптың 1-бөлігі: Қатыгез, адамгершілікке жатпайтын не ар-намысты қорлайтын "
          "қарым-қатынас", None, _cc2014("146", part="1")),
        T("art362_excess_of_authority", "Art. 362: Excess of authority or official powers",
          "Ст. 362: Превышение власти или должностных полномочий",
          "362-бап: Билікті не лауазымдық өкілеттіктерді асыра пайдалану", None,
          _cc2014("362")),
        T("art361_abuse_of_power", "Art. 361: Abuse of official powers",
          "Ст. 361: Злоупотребление должностными полномочиями",
          "361-бап: Лауазымдық өкілеттіктерді теріс пайдалану", None, _cc2014("361")),
        T("art415_coercion_to_testify", "Art. 415: Coercion to testify",
          "Ст. 415: Принуждение к даче показаний", "415-бап: Айғақ беруге мәжбүрлеу", None,
          _cc2014("415")),
        T("art106_107_bodily_harm", "Arts. 106-107: Intentional grave or moderate bodily harm",
          "Ст. 106-107: Умышленное причинение тяжкого или средней тяжести вреда здоровью",
          "106-107-баптар: Денсаулыққа қасақана ауыр не орташа ауырлықтағы зиян келтіру",
          None, _cc2014("106-107")),
        T("art419_false_reporting", "Art. 419: Knowingly false report (against the complainant)",
          "Ст. 419: Заведомо ложный донос (против заявителя)",
          "419-бап: Көрінеу жалған сөз жеткізу (шағымданушыға қарсы)", None,
          _cc2014("419")),
        T("art347_1_torture_1997", "Art. 347-1 (1997 Code): Torture",
          "Ст. 347-1 УК 1997 г.: Пытки", "1997 жылғы ҚК 347-1-бабы: Азаптау", None,
          _cc1997("347-1", "art146_torture")),
        T("art308_excess_of_authority_1997",
          "Art. 308 (1997 Code): Excess of authority or official powers",
          "Ст. 308 УК 1997 г.: Превышение власти или должностных полномочий",
          "1997 жылғы ҚК 308-бабы: Билікті не лауазымдық өкілеттіктерді асыра пайдалану",
          None, _cc1997("308", "art362_excess_of_authority")),
        T("art307_abuse_of_power_1997", "Art. 307 (1997 Code): Abuse of official powers",
          "Ст. 307 УК 1997 г.: Злоупотребление должностными полномочиями",
          "1997 жылғы ҚК 307-бабы: Лауазымдық өкілеттіктерді теріс пайдалану", None,
          _cc1997("307", "art361_abuse_of_power")),
        T("art347_coercion_to_testify_1997", "Art. 347 (1997 Code): Coercion to testify",
          "Ст. 347 УК 1997 г.: Принуждение к даче показаний",
          "1997 жылғы ҚК 347-бабы: Айғақ беруге мәжбүрлеу", None,
          _cc1997("347", "art415_coercion_to_testify")),
        T("art351_false_reporting_1997",
          "Art. 351 (1997 Code): Knowingly false report (against the complainant)",
          "Ст. 351 УК 1997 г.: Заведомо ложный донос (против заявителя)",
          "1997 жылғы ҚК 351-бабы: Көрінеу жалған сөз жеткізу (шағымданушыға қарсы)", None,
          _cc1997("351", "art419_false_reporting")),
        T("not_qualified", "Not qualified (no criminal case)",
          "Не квалифицировано (дело не заведено)", "Сараланбаған (қылмыстық іс жоқ)", None,
          {"article": None}),
        T("other", "Other article", "Другая статья", "Басқа бап", None, {"article": None}),
    ),
)

_SOURCE_TYPE = VocabularySpec(
    "Source of information",
    "Источник информации",
    "Ақпарат көзі",
    (
        T("victim", "Victim", "Пострадавший", "Жәбірленуші"),
        T("relative", "Relative", "Родственник", "Туысы"),
        T("lawyer", "Lawyer", "Адвокат", "Адвокат"),
        T("witness", "Witness, including a cellmate", "Свидетель, в том числе сокамерник",
          "Куә, соның ішінде бірге отырған адам"),
        T("monitor_observation", "Monitor's own observation", "Собственное наблюдение монитора",
          "Байқаушының өз бақылауы"),
        T("media", "Media or social networks", "СМИ, социальные сети",
          "БАҚ, әлеуметтік желілер"),
        T("ngo", "Another NGO", "Другая НПО", "Басқа үкіметтік емес ұйым"),
        T("official_document", "Official document", "Официальный документ", "Ресми құжат"),
        T("other", "Other", "Другое", "Басқа"),
    ),
)

_VERIFICATION_STATUS = VocabularySpec(
    "Verification status",
    "Статус проверки",
    "Тексеру мәртебесі",
    (
        T("unverified", "Unverified", "Не проверено", "Тексерілмеген"),
        T("partly_verified", "Partly verified", "Частично подтверждено", "Ішінара расталған"),
        T("verified", "Verified", "Подтверждено", "Расталған"),
        T("disputed", "Disputed", "Оспаривается", "Даулы"),
    ),
)


_COMPLAINT_BODY = VocabularySpec(
    "Body complained to",
    "Адресат жалобы",
    "Шағым жолданған орган",
    (
        T("prosecutor", "Prosecutor's office", "Прокуратура", "Прокуратура"),
        T("special_prosecutor", "Special prosecutor (torture investigations)",
          "Специальный прокурор (расследование пыток)",
          "Арнайы прокурор (азаптау істерін тергеу)"),
        T("police_internal_security", "Police internal security",
          "Служба собственной безопасности полиции", "Полицияның өзіндік қауіпсіздік қызметі"),
        T("police", "Police department", "Департамент или отдел полиции",
          "Полиция департаменті не бөлімі"),
        T("anti_corruption_agency", "Anti-Corruption Agency",
          "Агентство по противодействию коррупции",
          "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі"),
        T("penal_administration", "Administration of the place of detention",
          "Администрация учреждения", "Мекеме әкімшілігі"),
        T("penal_department", "Penal System Committee or its regional department",
          "КУИС или департамент УИС по области",
          "ҚАЖ комитеті не облыстық ҚАЖ департаменті"),
        T("financial_police", "Financial police (Agency for Fighting Economic and Corruption "
          "Crimes)", "Финансовая полиция (Агентство по борьбе с экономической и коррупционной "
          "преступностью)", "Қаржы полициясы (Экономикалық және сыбайлас жемқорлық "
          "қылмысқа қарсы күрес агенттігі)"),
        T("public_monitoring_commission", "Public Monitoring Commission (PMC)",
          "Общественная наблюдательная комиссия (ОНК)",
          "Қоғамдық байқау комиссиясы (ҚБК)"),
        T("ombudsman", "Human Rights Commissioner (Ombudsman)",
          "Уполномоченный по правам человека", "Адам құқықтары жөніндегі уәкіл"),
        T("court", "Court (investigating judge or civil court)",
          "Суд (следственный судья или гражданский суд)",
          "Сот (тергеу судьясы не азаматтық сот)"),
        T("appeal_court", "Appeal or cassation court", "Апелляционная или кассационная инстанция",
          "Апелляциялық не кассациялық сот"),
        T("un_treaty_body", "UN treaty body (Committee against Torture, Human Rights Committee)",
          "Договорный орган ООН (Комитет против пыток, Комитет по правам человека)",
          "БҰҰ шарттық органы (Азаптауға қарсы комитет, Адам құқықтары жөніндегі комитет)"),
        T("un_special_procedure", "UN Special Procedure (e.g. Special Rapporteur on torture)",
          "Специальная процедура ООН (например, Спецдокладчик по пыткам)",
          "БҰҰ арнайы рәсімі (мысалы, азаптау жөніндегі арнайы баяндамашы)"),
        T("un_cat", "UN Committee against Torture (individual complaint)",
          "Комитет ООН против пыток (индивидуальная жалоба)",
          "БҰҰ Азаптауға қарсы комитеті (жеке шағым)"),
        T("un_hrc", "UN Human Rights Committee (individual communication)",
          "Комитет ООН по правам человека (индивидуальное сообщение)",
          "БҰҰ Адам құқықтары жөніндегі комитеті (жеке хабарлама)"),
        T("un_wgad", "UN Working Group on Arbitrary Detention",
          "Рабочая группа ООН по произвольным задержаниям",
          "БҰҰ-ның Ерікті түрде ұстау жөніндегі жұмыс тобы"),
        T("un_sr_torture", "UN Special Rapporteur on torture",
          "Специальный докладчик ООН по вопросу о пытках",
          "БҰҰ-ның азаптау мәселесі жөніндегі арнайы баяндамашысы"),
        T("un_sr_assembly", "UN Special Rapporteur on freedom of peaceful assembly and of "
          "association", "Специальный докладчик ООН по вопросу о праве на свободу мирных "
          "собраний и ассоциации", "БҰҰ-ның бейбіт жиналыс және бірлестік бостандығы "
          "құқығы жөніндегі арнайы баяндамашысы"),
        T("other", "Other", "Другое", "Басқа"),
    ),
)


def _stage(*, closing: bool = False, adverse: bool = False,
           in_force_from: str | None = None,
           in_force_until: str | None = None) -> dict[str, object]:
    attrs: dict[str, object] = {"closing": closing, "adverse": adverse}
    if in_force_from is not None:
        attrs["in_force_from"] = in_force_from
    if in_force_until is not None:
        attrs["in_force_until"] = in_force_until
    return attrs


_COMPLAINT_STAGE = VocabularySpec(
    "Procedural step",
    "Процессуальный этап",
    "Іс жүргізу кезеңі",
    (
        T("complaint_filed", "Complaint filed", "Подана жалоба", "Шағым берілді", None,
          _stage()),
        T("preliminary_check", "Preliminary check (e.g. by internal security)",
          "Доследственная проверка (например, службой собственной безопасности)",
          "Алдын ала тексеру (мысалы, өзіндік қауіпсіздік қызметі)", None,
          _stage(in_force_until=CODES_1997_UNTIL)),
        T("erdr_registration", "Registered in the Unified Register of Pre-Trial "
          "Investigations (ERDR)", "Регистрация в Едином реестре досудебных расследований (ЕРДР)",
          "Сотқа дейінгі тергеп-тексерулердің бірыңғай тізілімінде (СДТБТ) тіркелді", None,
          _stage(in_force_from=CODES_2014_IN_FORCE)),
        T("refusal_to_open", "Refusal to open a criminal case",
          "Отказ в возбуждении уголовного дела", "Қылмыстық іс қозғаудан бас тарту",
          None, _stage(closing=True, adverse=True, in_force_until=CODES_1997_UNTIL)),
        T("erdr_registration_refused", "Refusal to register the report in the ERDR",
          "Отказ в регистрации сообщения в ЕРДР",
          "Хабарламаны СДТБТ-да тіркеуден бас тарту", None,
          _stage(closing=True, adverse=True, in_force_from=CODES_2014_IN_FORCE)),
        T("case_opened", "Investigation opened", "Начато расследование",
          "Тергеп-тексеру басталды", None, _stage()),
        T("transferred", "Transferred to another body", "Передано в другой орган",
          "Басқа органға жіберілді", None, _stage()),
        T("suspended", "Investigation suspended", "Расследование приостановлено",
          "Тергеп-тексеру тоқтатыла тұрды", None, _stage(adverse=True)),
        T("terminated_no_evidence",
          "Terminated for lack of evidence (the suspect's involvement not proven)",
          "Прекращено за недоказанностью участия подозреваемого в совершении преступления",
          "Күдіктінің қылмыс жасауға қатысы дәлелденбегендіктен тоқтатылды", None,
          _stage(closing=True, adverse=True)),
        T("terminated_no_corpus_delicti", "Terminated for absence of the elements of a crime",
          "Прекращено за отсутствием состава преступления",
          "Қылмыс құрамының болмауына байланысты тоқтатылды", None,
          _stage(closing=True, adverse=True)),
        T("indictment_to_court", "Indictment sent to court",
          "Дело направлено в суд с обвинительным актом",
          "Іс айыптау актісімен сотқа жіберілді", None, _stage()),
        T("hearing", "Court hearing", "Судебное заседание", "Сот отырысы", None, _stage()),
        T("verdict", "Verdict: perpetrators convicted", "Обвинительный приговор",
          "Айыптау үкімі шықты", None, _stage(closing=True)),
        T("acquittal", "Verdict: perpetrators acquitted", "Оправдательный приговор",
          "Ақтау үкімі шықты", None, _stage(closing=True, adverse=True)),
        T("appeal", "Appeal against a decision", "Обжалование решения", "Шешімге шағымдану",
          None, _stage()),
        T("compensation_claim", "Compensation claim filed", "Подан иск о возмещении вреда",
          "Зиянды өтеу туралы талап қойылды", None, _stage()),
        T("compensation_decision", "Compensation awarded", "Присуждена компенсация",
          "Өтемақы тағайындалды", None, _stage(closing=True)),
        T("compensation_refused", "Compensation refused", "Отказ в компенсации",
          "Өтемақыдан бас тартылды", None, _stage(closing=True, adverse=True)),
        T("un_views", "Decision (views) of a UN body", "Решение (соображения) органа ООН",
          "БҰҰ органының шешімі", None, _stage()),
        T("counter_charge", 'Counter-charge against the complainant (Art. 419 "false reporting")',
          "Преследование заявителя (ст. 419, ложный донос)",
          "Шағымданушыға қарсы іс (419-бап, жалған сөз жеткізу)", None,
          _stage(adverse=True)),
        T("withdrawn_under_pressure", "Complaint withdrawn under pressure",
          "Отзыв жалобы под давлением", "Қысым көрсетілгендіктен шағым кері алынды", None,
          _stage(closing=True, adverse=True)),
        T("answer_received", "Answer received", "Получен ответ", "Жауап алынды", None,
          _stage()),
        # after a refusal or termination: the timeline is open again (monitor_app.procedure)
        T("reopened", "Investigation resumed, or the decision to terminate or refuse annulled",
          "Расследование возобновлено или отменено постановление о прекращении либо отказе",
          "Тергеп-тексеру қайта басталды немесе тоқтату не бас тарту туралы қаулының күші "
          "жойылды", None, {**_stage(), "reopens": True}),
        T("other", "Other", "Другое", "Басқа", None, _stage()),
    ),
)

_REPRISAL_KIND = VocabularySpec(
    "Kind of reprisal",
    "Вид преследования",
    "Қудалау түрі",
    (
        T("threats", "Threats", "Угрозы", "Қорқыту", "020103010000"),
        T("violence", "Violence or renewed ill-treatment", "Насилие, повторные пытки",
          "Күш қолдану, қайта азаптау", "020101000000"),
        T("transfer", "Transfer to another facility", "Перевод в другое учреждение",
          "Басқа мекемеге ауыстыру"),
        T("solitary_confinement", "Punishment cell or solitary confinement",
          "Штрафной изолятор или одиночная камера",
          "Айыппұл изоляторына не жалғыз камераға қамау"),
        T("disciplinary", "Disciplinary penalties, loss of parole eligibility",
          "Дисциплинарные взыскания, лишение права на УДО",
          "Тәртіптік жазалар, мерзімінен бұрын шартты босату құқығынан айыру"),
        T("loss_of_visits", "Loss of family visits", "Лишение свиданий",
          "Туыстарымен кездесуден айыру"),
        T("loss_of_parcels", "Loss of parcels", "Лишение передач и посылок",
          "Сәлемдемеден айыру"),
        T("pressure_to_withdraw", "Pressure to withdraw the complaint",
          "Давление с целью отзыва жалобы", "Шағымын кері алуға қысым көрсету",
          "020103000000"),
        T("criminal_prosecution", "Criminal prosecution", "Уголовное преследование",
          "Қылмыстық қудалау"),
        T("conviction", "Conviction", "Обвинительный приговор", "Айыптау үкімі"),
        T("appeal_ruling", "Ruling on appeal", "Решение суда апелляционной инстанции",
          "Апелляциялық сатыдағы соттың шешімі"),
        T("administrative_prosecution", "Administrative charges",
          "Административное преследование", "Әкімшілік жауапкершілікке тарту"),
        T("defamation_suit", "Defamation suit or charge",
          "Иск о защите чести или дело о клевете",
          "Ар-намысты қорғау туралы талап не жала жабу ісі"),
        T("search", "Search of home or office", "Обыск", "Тінту", "040101000000"),
        T("surveillance", "Surveillance", "Слежка", "Аңду, жасырын бақылау", "020103030000"),
        T("travel_ban", "Travel ban", "Запрет на выезд", "Елден шығуға тыйым салу",
          "050106000000"),
        T("dismissal", "Dismissal from work", "Увольнение", "Жұмыстан шығару"),
        T("loss_of_licence", "Disbarment or disciplinary case against a lawyer",
          "Лишение лицензии или дисциплинарное дело адвоката",
          "Адвокатты лицензиядан айыру не тәртіптік іс"),
        T("mandate_removed", "Removal from the PMC or NPM", "Исключение из ОНК или НПМ",
          "ҚБК не ҰАТ құрамынан шығару"),
        T("family_harassment", "Harassment of the family", "Давление на родственников",
          "Отбасына қысым көрсету", "020103010200"),
        T("other", "Other", "Другое", "Басқа", "900000000000"),
    ),
)

_REPRISAL_RESPONSE = VocabularySpec(
    "Response to reprisal",
    "Принятые меры",
    "Қабылданған шаралар",
    (
        T("urgent_appeal", "Urgent appeal to the authorities", "Срочное обращение в органы",
          "Органдарға шұғыл өтініш", "020100000000"),
        T("special_visit_requested", "Special NPM visit requested",
          "Запрошено специальное посещение НПМ", "ҰАТ-тың арнайы баруы сұралды"),
        T("lawyer_informed", "Lawyer informed", "Сообщено адвокату", "Адвокатқа хабарланды",
          "010200000000"),
        T("un_communication", "Communication to the UN", "Сообщение в ООН",
          "БҰҰ-ға хабарлама жіберілді"),
        T("public_statement", "Public statement", "Публичное заявление", "Жария мәлімдеме",
          "020300000000"),
        T("protection_measures", "Safety measures (relocation, protection)",
          "Меры безопасности (переезд, защита)", "Қауіпсіздік шаралары (көшіру, қорғау)"),
        T("none", "No action taken", "Меры не принимались", "Шара қабылданбады"),
    ),
)

# what came of a reprisal that is a procedure (a prosecution, its verdict, its appeal)
_REPRISAL_OUTCOME = VocabularySpec(
    "Outcome of the reprisal",
    "Итог преследования",
    "Қудалаудың нәтижесі",
    (
        T("pending", "Pending", "Не завершено", "Аяқталмаған"),
        T("charges_dropped", "Charges dropped", "Преследование прекращено",
          "Қудалау тоқтатылды"),
        T("acquitted", "Acquitted", "Оправдан", "Ақталды"),
        T("convicted", "Convicted", "Осуждён", "Сотталды"),
        T("fined", "Fined", "Назначен штраф", "Айыппұл салынды"),
        T("upheld_on_appeal", "Sentence upheld on appeal",
          "Приговор оставлен в силе вышестоящим судом",
          "Үкім жоғары тұрған сотта өзгеріссіз қалдырылды"),
        T("reduced_on_appeal", "Sentence reduced on appeal",
          "Наказание смягчено вышестоящим судом",
          "Жаза жоғары тұрған сотта жеңілдетілді"),
        T("overturned", "Conviction overturned", "Приговор отменён", "Үкімнің күші жойылды"),
        T("released", "Released", "Освобождён", "Босатылды"),
        T("other", "Other", "Другое", "Басқа"),
    ),
)

_EVIDENCE_KIND = VocabularySpec(
    "Kind of evidence",
    "Вид доказательства",
    "Дәлел түрі",
    (
        T("photo", "Photo", "Фотография", "Фотосурет"),
        T("complaint_scan", "Copy of the complaint", "Копия жалобы", "Шағымның көшірмесі"),
        T("answer_scan", "Copy of an official answer or decision",
          "Копия ответа или постановления", "Ресми жауаптың не қаулының көшірмесі"),
        T("medical_report", "Medical report", "Медицинский документ", "Медициналық құжат"),
        T("statement", "Written statement or interview notes",
          "Письменное объяснение, запись беседы", "Жазбаша түсініктеме, әңгіме жазбасы"),
        T("audio", "Audio recording", "Аудиозапись", "Аудиожазба"),
        T("video", "Video recording", "Видеозапись", "Бейнежазба"),
        T("document", "Other document", "Иной документ", "Өзге құжат"),
        T("other", "Other", "Другое", "Басқа"),
    ),
)

# -- proceedings (trials, appeals) and their defendants: "not recorded" is no term but an empty
# field (NULL), printed as "not recorded" and never as "no" or "none made"
_PROCEEDING_KIND = VocabularySpec(
    "Kind of proceeding",
    "Вид производства",
    "Іс жүргізу түрі",
    (
        T("criminal_trial", "Criminal trial (first instance)",
          "Уголовный процесс (первая инстанция)", "Қылмыстық сот процесі (бірінші саты)"),
        T("appeal", "Appeal", "Апелляция", "Апелляция"),
        T("cassation", "Cassation or supervisory review", "Кассация или надзорный пересмотр",
          "Кассациялық немесе қадағалау тәртібімен қайта қарау"),
        T("administrative", "Administrative offence case", "Дело об административном "
          "правонарушении", "Әкімшілік құқық бұзушылық туралы іс"),
        T("civil", "Civil case (e.g. compensation)", "Гражданское дело (например, о "
          "компенсации)", "Азаматтық іс (мысалы, өтемақы туралы)"),
        T("other", "Other", "Другое", "Басқа"),
    ),
)

_DEFENDANT_VERDICT = VocabularySpec(
    "Verdict",
    "Решение суда по подсудимому",
    "Сотталушыға қатысты сот шешімі",
    (
        T("convicted", "Convicted", "Осуждён", "Сотталды"),
        T("conditional", "Suspended sentence", "Осуждён условно", "Шартты түрде сотталды"),
        T("acquitted", "Acquitted", "Оправдан", "Ақталды"),
        T("dismissed", "Case dismissed", "Дело прекращено", "Іс қысқартылды"),
        T("amnesty", "Released under an amnesty", "Освобождён по амнистии",
          "Рақымшылық бойынша босатылды"),
        T("pending", "Pending (no verdict yet)", "Решение ещё не вынесено",
          "Шешім әлі шығарылған жоқ"),
        T("other", "Other", "Другое", "Басқа"),
    ),
)

_TORTURE_COMPLAINT = VocabularySpec(
    "Torture complaint by the defendant",
    "Заявление подсудимого о пытках",
    "Сотталушының азаптау туралы арызы",
    (
        T("none_made", "None made", "Не заявлял", "Арыз бермеген"),
        T("oral", "Made orally", "Заявил устно", "Ауызша мәлімдеген"),
        T("written", "Made in writing", "Подал письменно", "Жазбаша берген"),
        T("oral_and_written", "Made orally and in writing", "Заявил устно и письменно",
          "Ауызша да, жазбаша да мәлімдеген"),
    ),
)

_TORTURE_COMPLAINT_WHEN = VocabularySpec(
    "When the torture complaint was made",
    "Когда сделано заявление о пытках",
    "Азаптау туралы арыз қашан берілді",
    (
        T("before_trial", "Before the trial", "До суда", "Сотқа дейін"),
        T("during_trial", "During the trial", "В ходе судебного процесса",
          "Сот процесі барысында"),
        T("before_and_during", "Before and during the trial", "До суда и в ходе процесса",
          "Сотқа дейін де, сот процесі барысында да"),
    ),
)

_COURT_FINDING = VocabularySpec(
    "Court's finding on the torture complaint",
    "Оценка судом заявления о пытках",
    "Соттың азаптау туралы арызға берген бағасы",
    (
        T("not_examined", "Not examined by the court", "Судом не рассмотрено",
          "Сот қарамаған"),
        T("rejected", "Rejected as unfounded", "Отклонено как необоснованное",
          "Негізсіз деп қабылданбады"),
        T("referred", "Referred for investigation", "Направлено для проверки или "
          "расследования", "Тексеруге не тергеуге жіберілді"),
        T("confirmed", "Found to be true (evidence excluded)",
          "Признано обоснованным (доказательства исключены)",
          "Негізді деп танылды (дәлелдемелер алынып тасталды)"),
        T("other", "Other", "Другое", "Басқа"),
    ),
)

VOCABULARIES: dict[str, VocabularySpec] = {
    "place_kind": _PLACE_KIND,
    "regime": _REGIME,
    "authority": _AUTHORITY,
    "region": _REGION,
    "monitoring_body": _MONITORING_BODY,
    "visit_type": _VISIT_TYPE,
    "ombudsman_decision": _OMBUDSMAN_DECISION,
    "access_outcome": _ACCESS_OUTCOME,
    "obstruction": _OBSTRUCTION,
    "finding_area": _FINDING_AREA,
    "recommendation_status": _RECOMMENDATION_STATUS,
    "person_category": _PERSON_CATEGORY,
    "person_role": _PERSON_ROLE,
    "gender": _GENDER,
    "risk_level": _RISK_LEVEL,
    "case_status": _CASE_STATUS,
    "allegation_kind": _ALLEGATION_KIND,
    "method": _METHOD,
    "purpose": _PURPOSE,
    "location_kind": _LOCATION_KIND,
    "perpetrator_kind": _PERPETRATOR_KIND,
    "involvement": _INVOLVEMENT,
    "medical_exam_kind": _MEDICAL_EXAM_KIND,
    "istanbul_protocol": _ISTANBUL_PROTOCOL,
    "legal_qualification": _LEGAL_QUALIFICATION,
    "source_type": _SOURCE_TYPE,
    "verification_status": _VERIFICATION_STATUS,
    "complaint_body": _COMPLAINT_BODY,
    "complaint_stage": _COMPLAINT_STAGE,
    "reprisal_kind": _REPRISAL_KIND,
    "reprisal_response": _REPRISAL_RESPONSE,
    "reprisal_outcome": _REPRISAL_OUTCOME,
    "evidence_kind": _EVIDENCE_KIND,
    "proceeding_kind": _PROCEEDING_KIND,
    "defendant_verdict": _DEFENDANT_VERDICT,
    "torture_complaint": _TORTURE_COMPLAINT,
    "torture_complaint_when": _TORTURE_COMPLAINT_WHEN,
    "court_finding": _COURT_FINDING,
}

del T
