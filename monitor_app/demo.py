"""A synthetic, realistic demo data set: for trying the app, screenshots and load tests.

Everything is invented: people (Kazakh and Russian names that belong to no one in the
seed reports), facility designations, reference numbers, narratives. The real region
names come from the ``region`` vocabulary. For a given seed the data is the same on
every run (one ``random.Random(seed)`` and the fixed :data:`ANCHOR` date instead of
today); only record ids and timestamps differ. Writes go through the normal
:class:`~monitor_app.records.Writer`, one transaction per :data:`BATCH` cases.
"""

from __future__ import annotations

import io
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from monitor_app import demo_custody, demo_people
from monitor_app.dates import ApproxDate
from monitor_app.demo_dossier import add_dossier_shapes
from monitor_app.demo_proceedings import add_mass_trial
from monitor_app.demo_status import write_status_history
from monitor_app.identifiers import case_reference, last_case_number, person_code
from monitor_app.procedure import rules as procedure_rules
from monitor_app.records import Writer
from monitor_app.resources import resource
from monitor_app.store import Store
from monitor_app.vocab_data import VOCABULARIES

# "Today" for the demo: deadlines are overdue or falling due relative to this date.
ANCHOR = date(2026, 11, 16)
EARLIEST = date(2012, 1, 1)
BATCH = 200  # cases per transaction

COUNTED = ("facilities", "visits", "people", "cases", "allegations", "complaints",
           "complaint_steps", "reprisals", "evidence")

__all__ = ["ANCHOR", "BATCH", "COUNTED", "generate"]


# -- vocabulary helpers ---------------------------------------------------------

@cache
def _label(vocabulary: str, slug: str, lang: str) -> str:
    for t in VOCABULARIES[vocabulary].terms:
        if t.slug == slug:
            return {"en": t.en, "ru": t.ru, "kk": t.kk}[lang]
    raise KeyError(f"{vocabulary}.{slug}")


def _low(text: str) -> str:
    return text[:1].lower() + text[1:]


# -- names (invented; checked against the people named in the seed reports) -----

KK_MALE = ("Әлібек", "Қайрат", "Ғалым", "Нұрлан", "Өмірзақ", "Жәнібек", "Ерғали", "Бауыржан",
           "Дәулет", "Мұрат", "Серік", "Нұржан", "Ерлан", "Асқар", "Бекзат", "Талғат", "Дархан",
           "Айдос", "Ғабит", "Қанат", "Мейірхан", "Рүстем", "Жаһангер", "Ұлан", "Әділ", "Ілияс",
           "Сұлтан", "Ақжол", "Ерұлан", "Бағдат", "Төлеген", "Қуаныш")
KK_FEMALE = ("Үміт", "Ұлжан", "Әсел", "Гүлнар", "Айгүл", "Сәуле", "Мөлдір", "Жұлдыз",
             "Гүлмира", "Ақмарал", "Әйгерім", "Қарлығаш", "Нұргүл", "Дәмеш", "Динара",
             "Шынар", "Ботагөз", "Ләззат", "Ғалия", "Айжан", "Мәдина", "Зәуре", "Шаһизада")
KK_STEMS = ("Сәрсенбай", "Тәжібай", "Оразғали", "Жұмабек", "Әбдірахман", "Есенгелді",
            "Мұқатай", "Бейсенғали", "Қалдыбай", "Нұрғожа", "Өтепберген", "Үсенбай",
            "Ақжігіт", "Қуанышбай", "Дүйсенбай", "Ізбасар", "Ермекбай", "Сағынбай", "Көпбосын",
            "Тұрсынбай", "Байғабыл", "Құдайберген", "Шалқар", "Әлімжан", "Ерғожа", "Зейнолла",
            "Бекмұхамбет", "Төребек", "Сейітжан", "Жанұзақ", "Ділмағамбет", "Өскенбай")
RU_MALE = ("Алексей", "Дмитрий", "Сергей", "Андрей", "Виктор", "Игорь", "Олег", "Павел",
           "Николай", "Юрий", "Вадим", "Константин", "Артём", "Евгений", "Роман", "Степан")
RU_FEMALE = ("Татьяна", "Елена", "Ольга", "Наталья", "Ирина", "Светлана", "Марина",
             "Людмила", "Оксана", "Вера", "Полина", "Дарья")
RU_SURNAMES = ("Ершов", "Лаптев", "Воронцов", "Кудрявцев", "Савельев", "Баранов", "Зуев",
               "Тихонов", "Полетаев", "Мельников", "Кондратьев", "Гусев", "Фомин", "Щербаков",
               "Ларионов", "Суханов", "Рябов", "Крылов", "Дорофеев", "Архипов", "Бурмистров",
               "Голованов", "Шестаков", "Прохоров")
RU_FATHERS = ("Сергее", "Викторо", "Александро", "Николае", "Петро", "Ивано", "Юрье",
              "Владимиро", "Михайло", "Анатолье")
KK_FATHERS = ("Қайрат", "Серік", "Нұрлан", "Болат", "Ерлан", "Мұрат", "Ғалым", "Жомарт")


@dataclass(frozen=True)
class _Name:
    first: str
    last: str
    patronymic: str
    female: bool

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.last, self.first, self.patronymic) if p)

    @property
    def short(self) -> str:
        """First name and initial, as monitors write a person in a narrative."""
        return f"{self.first} {self.last[0]}."


def _kk_surname(stem: str, female: bool, style: float) -> str:
    if style < 0.25:
        return stem + ("қызы" if female else "ұлы")
    if stem.endswith("й"):
        base = stem[:-1] + "ев"
    elif stem[-1] in "аи":
        base = stem + "ев"
    else:
        base = stem + "ов"
    return base + ("а" if female else "")


def _make_name(rng: random.Random, female: bool, kazakh: bool) -> _Name:
    if kazakh:
        first = rng.choice(KK_FEMALE if female else KK_MALE)
        last = _kk_surname(rng.choice(KK_STEMS), female, rng.random())
        patronymic = ""
        if not last.endswith(("ұлы", "қызы")) and rng.random() < 0.5:
            patronymic = rng.choice(KK_FATHERS) + ("овна" if female else "ович")
        return _Name(first, last, patronymic, female)
    first = rng.choice(RU_FEMALE if female else RU_MALE)
    last = rng.choice(RU_SURNAMES) + ("а" if female else "")
    patronymic = rng.choice(RU_FATHERS) + ("вна" if female else "вич")
    return _Name(first, last, patronymic, female)


# -- places ---------------------------------------------------------------------

CITIES: dict[str, tuple[str, str]] = {  # region slug -> (city in Russian, prefix of colonies)
    "astana": ("Астана", "ЕЦ"), "almaty_city": ("Алматы", "ЛА"), "shymkent": ("Шымкент", "ЖШ"),
    "abai": ("Семей", "ОВ"), "akmola": ("Кокшетау", "ЕЦ"), "aktobe": ("Актобе", "ГМ"),
    "almaty_region": ("Конаев", "ЛА"), "atyrau": ("Атырау", "ЕЮ"),
    "east_kazakhstan": ("Усть-Каменогорск", "ОВ"), "jambyl": ("Тараз", "ЖД"),
    "jetisu": ("Талдыкорган", "ЛА"), "karaganda": ("Караганда", "УК"),
    "kostanay": ("Костанай", "ЕЛ"), "kyzylorda": ("Кызылорда", "КА"),
    "mangystau": ("Актау", "ЕЮ"), "north_kazakhstan": ("Петропавловск", "ЕЛ"),
    "pavlodar": ("Павлодар", "АП"), "turkistan": ("Туркестан", "ЖШ"),
    "ulytau": ("Жезказган", "УК"), "west_kazakhstan": ("Уральск", "ГМ"),
}
STREETS = ("ул. Промышленная", "ул. Степная", "ул. Железнодорожная", "ул. Абылай хана",
           "ул. Тәуелсіздік", "ул. Заводская", "пр. Республики", "ул. Сарыарка", "ул. Жібек жолы",
           "ул. Северная", "трасса Р-12, 8 км", "ул. Бейбітшілік")

# place kind -> (authority, NPM mandate, PMC mandate, capacity range, weight when drawing)
KIND_FACTS: dict[str, tuple[str, bool, bool, tuple[int, int], int]] = {
    "penal_colony": ("penal_system", True, True, (400, 1600), 8),
    "sizo": ("penal_system", True, True, (300, 1200), 4),
    "ivs": ("police", True, True, (20, 80), 8),
    "police_station": ("police", False, False, (0, 12), 8),
    "special_reception": ("police", True, True, (20, 60), 2),
    "psychiatric_hospital": ("health", True, False, (150, 600), 1),
    "social_care_home": ("labour_social", False, False, (60, 300), 1),
    "juvenile_centre": ("education", True, False, (20, 80), 1),
    "military_guardhouse": ("defence", True, False, (5, 30), 1),
    "prison": ("penal_system", True, True, (300, 900), 1),
}
# The first places are fixed so that even a tiny store shows every important kind.
FIRST_KINDS = ("penal_colony", "sizo", "ivs", "police_station", "psychiatric_hospital",
               "social_care_home", "penal_colony", "ivs", "special_reception", "sizo",
               "police_station", "military_guardhouse", "juvenile_centre", "prison")
DETAINING = ("penal_colony", "sizo", "ivs", "police_station", "prison", "special_reception")


@dataclass
class _Place:
    id: str
    kind: str
    region: str
    city: str
    designation: str
    npm: bool
    pmc: bool
    officials: list[str] = field(default_factory=list)
    # open recommendations: (id, area, visit date, current status)
    recs: list[list[Any]] = field(default_factory=list)
    last_visit: date | None = None


# -- text -------------------------------------------------------------------------

RU_PREP = ("январе", "феврале", "марте", "апреле", "мае", "июне", "июле", "августе",
           "сентябре", "октябре", "ноябре", "декабре")
RU_GEN = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
          "сентября", "октября", "ноября", "декабря")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
             "September", "October", "November", "December")
KK_LOC = ("қаңтарда", "ақпанда", "наурызда", "сәуірде", "мамырда", "маусымда", "шілдеде",
          "тамызда", "қыркүйекте", "қазанда", "қарашада", "желтоқсанда")


def _when(d: ApproxDate, lang: str) -> str:
    """A date as it sits inside a sentence ("в декабре 2011 г.", "in December 2011")."""
    if lang == "ru":
        if d.month is None:
            return f"в {d.year} г."
        if d.day is None:
            return f"в {RU_PREP[d.month - 1]} {d.year} г."
        return f"{d.day} {RU_GEN[d.month - 1]} {d.year} г."
    if lang == "kk":
        if d.month is None:
            return f"{d.year} жылы"
        if d.day is None:
            return f"{d.year} жылғы {KK_LOC[d.month - 1]}"
        return f"{d.year} жылғы {d.day} {KK_LOC[d.month - 1]}"
    if d.month is None:
        return f"in {d.year}"
    if d.day is None:
        return f"in {EN_MONTHS[d.month - 1]} {d.year}"
    return f"on {d.day} {EN_MONTHS[d.month - 1]} {d.year}"


def _private(r: float) -> bool | None:
    """Whether an interview was held in private: some notes do not say (None)."""
    return True if r < 0.7 else None if r < 0.8 else False


def _g(name: _Name, male: str, female: str) -> str:
    return female if name.female else male


CHARGES = ("кражу", "грабёж", "хранение наркотических средств", "мошенничество",
           "участие в массовых беспорядках", "разбой", "хулиганство")
INJURIES_RU = (
    "кровоподтёки на спине и бёдрах, ссадины на запястьях от наручников",
    "перелом двух рёбер слева, гематома в области поясницы",
    "следы ожогов на пальцах рук, точечные раны на мочках ушей",
    "сотрясение головного мозга, разрыв барабанной перепонки справа",
    "множественные гематомы на ягодицах и подошвах стоп",
    "ссадины на лице, выбит передний зуб, отёк левого глаза",
    "следы от наручников, кровоподтёки на плечах, жалобы на боль в почках",
    "видимых телесных повреждений к моменту осмотра не осталось; жалобы на бессонницу",
)
INJURIES_EN = (
    "bruises on the back and thighs, handcuff abrasions on both wrists",
    "two fractured ribs on the left, haematoma over the kidneys",
    "burn marks on the fingers, small wounds on the earlobes",
    "no visible injuries left by the time of the examination; insomnia, flashbacks",
)
INJURIES_KK = (
    "арқасы мен санында көгерген жерлер, білезіктен қалған сызаттар",
    "сол жақ екі қабырғасы сынған, бел тұсында гематома",
)
PERP_UNITS = {
    "police": ("УП г. {city}", "Департамент полиции {region_gen}", "ОП № {n} УП г. {city}",
               "Управление криминальной полиции ДП {region_gen}"),
    "penal_staff": ("отдел безопасности {desig}", "дежурная часть {desig}",
                    "оперативный отдел {desig}"),
    "knb": ("ДКНБ {region_gen}",),
    "special_forces": ("спецподразделение ДУИС {region_gen}", "ОМОН ДП {region_gen}"),
}
PERP_POSITIONS = {
    "police": ("старший оперуполномоченный", "оперуполномоченный", "следователь",
               "участковый инспектор", "начальник ИВС", "дежурный по ИВС",
               "заместитель начальника отдела полиции"),
    "penal_staff": ("инспектор отдела безопасности", "дежурный помощник начальника учреждения",
                    "начальник отряда", "заместитель начальника по режиму", "оперативник"),
    "knb": ("следователь", "оперативный сотрудник"),
    "special_forces": ("боец спецподразделения", "командир группы"),
}
RANKS = {
    "police": ("лейтенант полиции", "старший лейтенант полиции", "капитан полиции",
               "майор полиции", "подполковник полиции"),
    "penal_staff": ("младший лейтенант юстиции", "лейтенант юстиции", "капитан юстиции",
                    "майор юстиции"),
    "knb": ("капитан", "майор"),
    "special_forces": ("сержант", "старший сержант", "лейтенант"),
}
REGION_GEN = {
    "astana": "г. Астаны", "almaty_city": "г. Алматы", "shymkent": "г. Шымкента",
    "abai": "области Абай", "akmola": "Акмолинской области", "aktobe": "Актюбинской области",
    "almaty_region": "Алматинской области", "atyrau": "Атырауской области",
    "east_kazakhstan": "ВКО", "jambyl": "Жамбылской области", "jetisu": "области Жетісу",
    "karaganda": "Карагандинской области", "kostanay": "Костанайской области",
    "kyzylorda": "Кызылординской области", "mangystau": "Мангистауской области",
    "north_kazakhstan": "СКО", "pavlodar": "Павлодарской области",
    "turkistan": "Туркестанской области", "ulytau": "области Ұлытау",
    "west_kazakhstan": "ЗКО",
}

FINDINGS = {
    "treatment": (
        "Несколько осуждённых в беседе наедине сообщили о применении физической силы при "
        "приёме этапа («приёмка»): удары дубинками, требование стоять лицом к стене.",
        "Жалоб на применение насилия со стороны сотрудников в ходе посещения не поступило; "
        "при этом часть опрошенных отказалась говорить, ссылаясь на страх последствий.",
        "Выявлены признаки использования «актива» из числа осуждённых для поддержания "
        "дисциплины; двое опрошенных сообщили об избиениях в карантинном отделении.",
        "Detainees described being made to squat for hours during the evening check.",
    ),
    "safeguards": (
        "В журнале учёта задержанных выявлены расхождения между фактическим временем "
        "доставления и временем составления протокола задержания (до 9 часов).",
        "Задержанным не разъясняется право на уведомление родственников; адвокат по "
        "назначению допускается только после первого допроса.",
        "Медицинский осмотр при поступлении проводится формально, телесные повреждения "
        "фиксируются без описания локализации и давности.",
    ),
    "material_conditions": (
        "Камеры ШИЗО не отапливаются, температура на момент посещения +12 °C; вентиляция "
        "отсутствует, санузел не отгорожен.",
        "Жилая площадь на одного человека менее 2,5 кв. м; естественное освещение "
        "недостаточное, окна закрыты металлическими жалюзи.",
        "Камеры ИВС находятся в подвальном помещении, постельные принадлежности не выдаются, "
        "прогулочный двор не оборудован навесом.",
        "Камералар жертөледе орналасқан, желдету жоқ, төсек-орын берілмейді.",
    ),
    "regime_activities": (
        "Прогулки сокращены до 30 минут; доступ к библиотеке и спортзалу отсутствует.",
        "Осуждённым ограничивают телефонные звонки родственникам, особенно после подачи "
        "жалоб.",
    ),
    "health_care": (
        "Медицинская часть укомплектована на 40 %; приём ведёт фельдшер, врач-психиатр "
        "отсутствует. Лекарства от туберкулёза выдаются с перебоями.",
        "Журнал регистрации телесных повреждений ведётся нерегулярно; последний случай "
        "зафиксирован три месяца назад, хотя опрошенные называли более свежие эпизоды.",
        "Medical staff report to the security department; confidentiality of examinations "
        "is not respected.",
    ),
    "staff": (
        "Сотрудники не носят нагрудные знаки с фамилией, что затрудняет идентификацию.",
        "Штат учреждения укомплектован на 70 %, сотрудники работают в режиме переработки.",
    ),
}
RECOMMENDATIONS = {
    "treatment": ("Обеспечить видеофиксацию приёма этапа и хранение записей не менее 30 суток.",
                  "Прекратить практику привлечения осуждённых к поддержанию дисциплины."),
    "safeguards": ("Вести электронный журнал доставленных с фиксацией точного времени.",
                   "Обеспечить уведомление родственников в течение 3 часов после задержания."),
    "material_conditions": ("Обеспечить отопление камер ШИЗО в зимний период.",
                            "Вывести камеры ИВС из подвального помещения."),
    "regime_activities": ("Восстановить ежедневную прогулку продолжительностью не менее 1 часа.",
                          "Не ограничивать телефонные звонки в качестве неформального "
                          "наказания."),
    "health_care": ("Документировать телесные повреждения по стандартам Стамбульского "
                    "протокола, с фотографиями.",
                    "Укомплектовать медицинскую часть врачом-психиатром."),
    "staff": ("Обязать сотрудников носить нагрудные знаки с фамилией.",
              "Организовать обучение персонала по Стамбульскому протоколу."),
}
ADDRESSEES = ("Начальнику учреждения", "ДУИС по области", "КУИС МВД РК", "Начальнику ДП",
              "Прокурору области", "Министерству здравоохранения")


# -- the generator ------------------------------------------------------------------

class _Demo:
    def __init__(self, store: Store, cases: int, seed: int) -> None:
        self.store = store
        self.tag = store.identity.tag
        self.rng = random.Random(seed)
        self.cases = cases
        self.counts = dict.fromkeys(COUNTED, 0)
        self.w: Writer | None = None
        self.places: list[_Place] = []
        self.monitors: list[str] = []
        self.lawyers: list[tuple[str, _Name]] = []
        self.person_seq = 0
        self.case_seq = 0
        self.ref_seq = 1000
        self.designations: set[str] = set()
        # image evidence is the slow and bulky part: keep about 2,000 cases' worth at most
        self.image_rate = min(1.0, 2000 / max(cases, 1))
        self._font_cache: dict[int, Any] = {}
        self._pdf_font = False

    # -- writing -----------------------------------------------------------------
    def create(self, record_kind: str, /, **values: Any) -> str:
        assert self.w is not None
        record_id = self.w.create(record_kind, **values)
        if record_kind in self.counts:
            self.counts[record_kind] += 1
        return record_id

    def date_between(self, start: date, end: date) -> date:
        if end <= start:
            return start
        return start + timedelta(days=self.rng.randint(0, (end - start).days))

    def chance(self, p: float) -> bool:
        return self.rng.random() < p

    def ref(self) -> int:
        self.ref_seq += self.rng.randint(1, 37)
        return self.ref_seq

    # -- people ------------------------------------------------------------------
    def person(self, category: str, *, female: bool | None = None, kazakh: bool | None = None,
               word: str = "Person", **extra: Any) -> tuple[str, _Name]:
        rng = self.rng
        if female is None:
            female = rng.random() < 0.18
        if kazakh is None:
            kazakh = rng.random() < 0.68
        name = _make_name(rng, female, kazakh)
        self.person_seq += 1
        n = self.person_seq
        letters = ""
        block = n // 1000
        while True:
            letters = chr(65 + block % 26) + letters
            block = block // 26 - 1
            if block < 0:
                break
        born = None
        if category in ("detainee", "former_detainee", "relative", "witness", "lawyer"):
            year = rng.randint(1958, 2004)
            born = ApproxDate(year, rng.randint(1, 12)) if rng.random() < 0.2 else \
                ApproxDate.from_date(date(year, rng.randint(1, 12), rng.randint(1, 28)))
            if rng.random() < 0.15:
                born = ApproxDate(year)
        values: dict[str, Any] = {
            "name": name.full, "pseudonym": f"{word} {letters}-{n % 1000:03d}",
            "code": person_code(n), "category": f"person_category.{category}",
            "gender": f"gender.{'female' if female else 'male'}", "birth_date": born,
        }
        if category in ("detainee", "former_detainee", "relative", "witness"):
            values.update(
                consent_record=True, consent_share_lawyer=rng.random() < 0.85,
                consent_publish=rng.random() < 0.25, consent_un=rng.random() < 0.35,
                risk_level=f"risk_level.{rng.choice(('low', 'medium', 'medium', 'high'))}")
        if category in ("relative", "lawyer") and rng.random() < 0.6:
            values["contact"] = f"+7 7{rng.randint(0, 79):02d} {rng.randint(100, 999)} " \
                                f"{rng.randint(10, 99)} {rng.randint(10, 99)}"
        if category in ("detainee", "former_detainee"):
            # the Latin spelling UN documents and foreign media use: redaction replaces it too
            from monitor_app.documents.redaction import latin_spelling

            values["aliases"] = latin_spelling(name.full)
        values.update(extra)
        return self.create("people", **values), name

    def official(self, place: _Place, agency: str) -> str:
        rng = self.rng
        unit = rng.choice(PERP_UNITS[agency]).format(
            city=place.city, region_gen=REGION_GEN[place.region], desig=place.designation,
            n=rng.randint(1, 9))
        name_values = {
            "agency": f"perpetrator_kind.{agency}", "unit": unit,
            "position": rng.choice(PERP_POSITIONS[agency]), "rank": rng.choice(RANKS[agency]),
        }
        pid, _ = self.person("official", female=rng.random() < 0.05, word="Official",
                             **name_values)
        return pid

    def unidentified(self, place: _Place) -> str:
        rng = self.rng
        self.person_seq += 1
        n = self.person_seq
        masked = rng.random() < 0.5
        agency = "special_forces" if masked else rng.choice(("police", "penal_staff"))
        desc = ("сотрудники в масках и камуфляже без знаков различия" if masked
                else "сотрудник в гражданской одежде, представился «Сериком»")
        return self.create(
            "people", name="", pseudonym=f"Unidentified U-{n:05d}", code=person_code(n, "U"),
            category="person_category.official", gender="gender.male" if not masked else
            "gender.unknown", agency=f"perpetrator_kind.{agency}", identified=False,
            unit=rng.choice(PERP_UNITS[agency]).format(
                city=place.city, region_gen=REGION_GEN[place.region],
                desig=place.designation, n=rng.randint(1, 9)),
            notes=desc)

    # -- places ------------------------------------------------------------------
    def designation(self, kind: str, region: str) -> str:
        rng = self.rng
        prefix = CITIES[region][1]
        while True:
            if kind in ("penal_colony", "prison"):
                d = f"{prefix}-{rng.randint(171, 189)}/{rng.randint(1, 30)}"
            elif kind == "sizo":
                d = f"{prefix}-{rng.randint(171, 189)}/СИ-{rng.randint(20, 49)}"
            elif kind == "ivs":
                d = f"ИВС-{rng.randint(100, 999)}"
            elif kind == "police_station":
                d = f"ОП-{rng.randint(100, 999)}"
            elif kind == "special_reception":
                d = f"СП-{rng.randint(10, 99)}"
            elif kind == "psychiatric_hospital":
                d = f"ЦПЗ-{rng.randint(10, 99)}"
            elif kind == "social_care_home":
                d = f"МСУ-{rng.randint(10, 99)}"
            else:
                d = f"{kind[:2].upper()}-{rng.randint(10, 99)}"
            if d not in self.designations:
                self.designations.add(d)
                return d

    def facility(self, kind: str) -> _Place:
        rng = self.rng
        region = rng.choice(list(CITIES))
        city = CITIES[region][0]
        authority, npm, pmc, cap, _ = KIND_FACTS[kind]
        desig = self.designation(kind, region)
        n = rng.randint(1, 12)
        names = {
            "penal_colony": f"Учреждение {desig} ДУИС по {REGION_GEN[region]}",
            "prison": f"Учреждение полной безопасности {desig}",
            "sizo": f"Следственный изолятор {desig} ДУИС по {REGION_GEN[region]}",
            "ivs": f"ИВС УП г. {city} ДП {REGION_GEN[region]}",
            "police_station": f"Отдел полиции № {n} УП г. {city}",
            "special_reception": f"Специальный приёмник УП г. {city}",
            "psychiatric_hospital": f"Областной центр психического здоровья, г. {city}",
            "social_care_home": f"Медико-социальное учреждение для престарелых и лиц с "
                                f"инвалидностью, г. {city}",
            "juvenile_centre": f"Центр адаптации несовершеннолетних, г. {city}",
            "military_guardhouse": f"Гауптвахта гарнизона г. {city}",
        }
        regime = None
        if kind == "penal_colony":
            regime = rng.choice(("minimum", "medium", "medium", "maximum", "special",
                                 "settlement", "mixed"))
        elif kind == "prison":
            regime = rng.choice(("full", "life"))
        notes = ""
        if not npm and not pmc:
            notes = "Не входит в мандат ни НПМ, ни ОНК: посещения только по приглашению."
        elif not pmc:
            notes = "ОНК не вправе посещать учреждение; только НПМ."
        pid = self.create(
            "facilities", designation=desig, name=names[kind], kind=f"place_kind.{kind}",
            regime=f"regime.{regime}" if regime else None, authority=f"authority.{authority}",
            region=f"region.{region}", address=f"г. {city}, {rng.choice(STREETS)}, "
            f"{rng.randint(1, 140)}", capacity=rng.randint(*cap) or None,
            npm_mandate=npm, pmc_mandate=pmc, notes=notes)
        place = _Place(pid, kind, region, city, desig, npm, pmc)
        agencies = ("penal_staff",) if authority == "penal_system" else ("police",)
        if kind in DETAINING:
            for _ in range(rng.randint(2, 4)):
                place.officials.append(self.official(place, agencies[0]))
        return place

    def pick_place(self) -> _Place:
        weights = [KIND_FACTS[p.kind][4] if p.kind in DETAINING else 0.4 for p in self.places]
        return self.rng.choices(self.places, weights)[0]

    # -- setup ---------------------------------------------------------------------
    def setup(self) -> None:
        rng = self.rng
        n_places = min(len(FIRST_KINDS) + self.cases // 12, 3000)
        for i in range(n_places):
            if i < len(FIRST_KINDS):
                kind = FIRST_KINDS[i]
            else:
                kinds = list(KIND_FACTS)
                kind = rng.choices(kinds, [KIND_FACTS[k][4] for k in kinds])[0]
            self.places.append(self.facility(kind))
        for _ in range(min(6 + self.cases // 60, 600)):
            pid, _ = self.person("monitor", word="Monitor", female=rng.random() < 0.55)
            self.monitors.append(pid)
        for _ in range(min(4 + self.cases // 25, 2000)):
            self.lawyers.append(self.person("lawyer", word="Lawyer",
                                            female=rng.random() < 0.4))

    def visit_plan(self) -> list[tuple[date, int]]:
        """Scheduled (not case-driven) visits: (day, place index), oldest first."""
        plan = []
        visitable = [i for i, p in enumerate(self.places) if p.npm or p.pmc]
        for i in range(4 + self.cases // 5):
            idx = visitable[i % len(visitable)] if i < len(visitable) else \
                self.rng.choice(visitable)
            plan.append((self.date_between(date(2016, 1, 10), ANCHOR - timedelta(days=3)), idx))
        # a visit attempted to a police station outside both mandates
        out = [i for i, p in enumerate(self.places) if not (p.npm or p.pmc)]
        if out:
            plan.append((self.date_between(date(2019, 1, 1), ANCHOR), out[0]))
        plan.sort()
        return plan

    # -- visits --------------------------------------------------------------------
    def visit(self, place: _Place, day: date, *, special_for: _Name | None = None,
              victim_id: str | None = None, allegation_when: str = "") -> tuple[str, bool]:
        """One visit with its team, obstructions, findings, recommendations and follow-ups.

        Returns the visit id and whether the team actually got in.
        """
        rng = self.rng
        inside_mandate = place.npm or place.pmc
        if special_for is not None:
            body = "npm" if place.npm and rng.random() < 0.7 else ("pmc" if place.pmc else "npm")
            vtype = "special"
        else:
            body = rng.choice(("pmc", "npm", "joint")) if place.npm and place.pmc else \
                ("npm" if place.npm else "pmc" if place.pmc else "ngo")
            if place.last_visit is None:
                vtype = "regular"
            else:
                vtype = rng.choices(("follow_up", "regular", "thematic"), (5, 4, 1))[0]
        values: dict[str, Any] = {"facility_id": place.id, "body": f"monitoring_body.{body}",
                                  "visit_type": f"visit_type.{vtype}"}
        decision = None
        if body == "npm" and vtype == "special":
            request = day - timedelta(days=rng.randint(1, 12))
            decision = rng.choices(("approved", "refused", "pending"), (75, 18, 7))[0]
            if decision == "pending" and (ANCHOR - day).days > 30:
                decision = "approved"
            values.update(request_date=request, ombudsman_decision=f"ombudsman_decision.{decision}")
            if decision != "pending":
                values["decision_date"] = request + timedelta(days=rng.randint(1, 9))
        if decision in ("refused", "pending") or not inside_mandate:
            who = special_for.short if special_for else ""
            if decision == "refused":
                values["summary"] = (
                    f"Запрос группы НПМ о специальном посещении в связи с сообщением о пытках "
                    f"{('в отношении ' + who) if who else ''} отклонён Уполномоченным: "
                    "«отсутствуют достаточные основания». Посещение не состоялось.")
            elif decision == "pending":
                values["summary"] = "Запрос о специальном посещении направлен Уполномоченному, " \
                                    "решение не получено."
            else:
                values.update(
                    access_outcome="access_outcome.denied", started_on=day,
                    started_time=time(10, 0), summary=f"Группа прибыла в {place.designation}, "
                    "но в допуске отказано: учреждение не входит в мандат НПМ и ОНК.")
            vid = self.create("visits", **values)
            self.team(vid)
            if not inside_mandate:
                self.create("obstructions", visit_id=vid, kind="obstruction.other",
                            details="Дежурный сослался на отсутствие полномочий у группы.")
            return vid, False
        start = datetime.combine(day, time(rng.randint(8, 13), rng.choice((0, 15, 30, 45))))
        end = start + timedelta(hours=rng.randint(2, 7), minutes=rng.choice((0, 20, 40)))
        access = rng.choices(("full", "delayed", "restricted", "denied"), (55, 25, 17, 3))[0]
        population = None
        if place.kind not in ("police_station",):
            population = rng.randint(int((place.kind in DETAINING) * 5),
                                     max(KIND_FACTS[place.kind][3][1], 10))
        private = rng.randint(0, 14) if access != "denied" else 0
        # some reports do not say whether the visit was announced, or at what time it was
        announced: bool | None = None
        if vtype == "regular":
            r = rng.random()
            announced = True if r < 0.4 else None if r > 0.85 else False
        values.update(
            announced=announced, started_on=start.date(), started_time=start.time(),
            ended_on=end.date(), ended_time=end.time(),
            access_outcome=f"access_outcome.{access}", population=population,
            interviews_private=private, interviews_group=rng.randint(0, 4))
        if start.hour == 8:  # the day is known, the times are not
            values.update(started_time=None, ended_on=None, ended_time=None)
        lang = rng.choices(("ru", "en", "kk"), (80, 12, 8))[0]
        if special_for is not None:
            values["summary"] = {
                "ru": f"Специальное посещение в связи с сообщением о применении пыток к "
                      f"{special_for.full} {allegation_when}. Беседа проведена наедине; "
                      f"{_g(special_for, 'он', 'она')} подтвердил{_g(special_for, '', 'а')} "
                      "изложенное в жалобе, на теле видны следы побоев.",
                "en": f"Special visit after the report that {special_for.full} was tortured "
                      f"{allegation_when}. Private interview held; visible bruising noted.",
                "kk": f"{special_for.full} азаптауға ұшырады деген хабарлама бойынша арнайы "
                      "бару. Әңгіме оңаша өтті.",
            }[lang]
        else:
            values["summary"] = {
                "ru": f"{_label('visit_type', vtype, 'ru')} посещение {place.designation}. "
                      f"Опрошено {private} человек наедине.",
                "en": f"{_label('visit_type', vtype, 'en')} visit to {place.designation}; "
                      f"{private} private interviews.",
                "kk": f"{place.designation} мекемесіне бару. {private} адаммен оңаша "
                      "әңгімелесті.",
            }[lang]
        vid = self.create("visits", **values)
        self.team(vid)
        if access != "full":
            kinds = [o.slug for o in VOCABULARIES["obstruction"].terms if o.slug != "other"]
            for kind in rng.sample(kinds, rng.randint(1, 3)):
                self.create("obstructions", visit_id=vid, kind=f"obstruction.{kind}",
                            details=rng.choice((
                                "Администрация сослалась на «режимные требования».",
                                "Задержка на КПП 1 час 40 минут.", "",
                                "Сотрудник оперотдела присутствовал при беседах.",
                                "Журнал учёта травм не предоставлен.")))
        # follow-ups of earlier recommendations at this place
        for rec in place.recs:
            rec_id, _area, rec_day, status = rec
            if rec_day >= day or status in ("implemented", "withdrawn"):
                continue
            if vtype != "follow_up" and rng.random() < 0.5:
                continue
            new = rng.choices(("implemented", "partly_implemented", "not_implemented",
                               "in_progress", "rejected"), (25, 25, 35, 10, 5))[0]
            self.create("recommendation_followups", recommendation_id=rec_id, visit_id=vid,
                        status=f"recommendation_status.{new}", notes=rng.choice((
                            "Администрация сообщила о выполнении, подтверждено осмотром.",
                            "Изменений не обнаружено.", "Выполнено частично: работы начаты.",
                            "Ответ: «отсутствует финансирование».", "")))
            if new != status:
                assert self.w is not None
                self.w.update("recommendations", rec_id, status=f"recommendation_status.{new}")
                rec[3] = new
        place.recs = [r for r in place.recs if r[3] not in ("implemented", "withdrawn")]
        areas = [t.slug for t in VOCABULARIES["finding_area"].terms if t.slug in FINDINGS]
        chosen = rng.sample(areas, rng.randint(2, 4))
        if special_for is not None and "treatment" not in chosen:
            chosen.insert(0, "treatment")
        for area in chosen:
            text = rng.choice(FINDINGS[area])
            if area == "treatment" and special_for is not None:
                text = (f"{special_for.full} сообщил{_g(special_for, '', 'а')} группе о "
                        f"применении к {_g(special_for, 'нему', 'ней')} насилия. " + text)
            self.create("findings", visit_id=vid, area=f"finding_area.{area}", text=text)
        for area in rng.sample(chosen, min(len(chosen), rng.randint(1, 3))):
            rec_id = self.create(
                "recommendations", visit_id=vid, facility_id=place.id,
                area=f"finding_area.{area}", text=rng.choice(RECOMMENDATIONS[area]),
                status="recommendation_status.open", addressee=rng.choice(ADDRESSEES))
            place.recs.append([rec_id, area, day, "open"])
        if victim_id is not None:
            self.create("interviews", visit_id=vid, person_id=victim_id, private=True,
                        notes="Беседа наедине, без сотрудников; заявитель опасается мести.")
        elif place.kind in DETAINING and rng.random() < 0.8:
            for _ in range(rng.randint(1, 2)):
                pid, name = self.person("detainee", word="Detainee")
                self.create("interviews", visit_id=vid, person_id=pid,
                            private=_private(rng.random()), notes=rng.choice((
                                f"{name.short} жалоб на обращение не высказал{_g(name, '', 'а')}.",
                                f"{name.short} сообщил{_g(name, '', 'а')} о нехватке лекарств.",
                                "Просит о переводе ближе к семье.", "")))
        place.last_visit = day
        return vid, True

    def team(self, visit_id: str) -> None:
        members = self.rng.sample(self.monitors, min(len(self.monitors), self.rng.randint(2, 4)))
        for i, pid in enumerate(members):
            self.create("visit_team", visit_id=visit_id, person_id=pid, is_lead=i == 0)

    def monitor_reprisal(self, visit_id: str, day: date) -> None:
        rng = self.rng
        kind = rng.choice(("defamation_suit", "criminal_prosecution", "mandate_removed",
                           "surveillance", "threats"))
        when = min(day + timedelta(days=rng.randint(5, 90)), ANCHOR)
        rid = self.create(
            "reprisals", target_id=rng.choice(self.monitors), target_role="person_role.monitor",
            kind=f"reprisal_kind.{kind}", occurred_on=ApproxDate(when.year, when.month),
            visit_id=visit_id, perpetrator="Администрация учреждения, ДУИС",
            description="После публикации члена группы о жестоком обращении, увиденном при "
                        "посещении, против него начата проверка по ст. 274 УК "
                        "(«распространение заведомо ложной информации»).",
            risk_level="risk_level.high")
        self.create("reprisal_responses", reprisal_id=rid,
                    kind="reprisal_response.public_statement",
                    taken_on=min(when + timedelta(days=rng.randint(1, 14)), ANCHOR),
                    notes="Заявление коалиции НПО против пыток.")

    # -- cases ---------------------------------------------------------------------
    def case(self) -> None:
        rng = self.rng
        self.case_seq += 1
        place = self.pick_place()
        lang = rng.choices(("ru", "en", "kk"), (75, 15, 10))[0]
        recent = rng.random() < 0.1
        if recent:
            day = ANCHOR - timedelta(days=rng.randint(5, 70))
        else:
            span = (ANCHOR - timedelta(days=75) - EARLIEST).days
            day = EARLIEST + timedelta(days=int(span * rng.triangular(0, 1, 0.85)))
        victim_id, victim = self.person(
            "detainee" if place.kind in DETAINING and rng.random() < 0.7 else "former_detainee",
            word="Complainant")
        # approximate date as the victim remembers it
        p = rng.random()
        when = ApproxDate.from_date(day) if p < 0.55 or recent else \
            ApproxDate(day.year, day.month) if p < 0.9 else ApproxDate(day.year)
        # people around the case
        relative = None
        if rng.random() < 0.7:
            relative = self.person("relative", female=rng.random() < 0.7, word="Relative",
                                   kazakh=None)
        lawyer = rng.choice(self.lawyers) if rng.random() < 0.75 else None
        witness = self.person("witness", word="Witness") if rng.random() < 0.3 else None
        perps: list[str] = []
        if place.officials:
            perps += rng.sample(place.officials, min(len(place.officials), rng.randint(1, 2)))
        if rng.random() < 0.35 or not perps:
            perps.append(self.unidentified(place))

        methods = rng.sample([t.slug for t in VOCABULARIES["method"].terms if t.slug != "other"],
                             rng.choice((2, 2, 3, 3, 4, 5)))
        purposes = rng.sample(("confession", "information", "punishment", "intimidation",
                               "extortion"), rng.choice((1, 1, 2)))
        kind = rng.choices(("torture", "ill_treatment", "inhuman_conditions", "death_in_custody",
                            "self_harm_protest"), (60, 25, 7, 3, 5))[0]
        charge = rng.choice(CHARGES)
        ctx = self.narrative_ctx(victim, when, place, methods, purposes, charge)
        mention = rng.random() < 0.5
        summary = self.case_summary(lang, ctx, mention)
        title = {"ru": f"{_label('allegation_kind', kind, 'ru')}: {victim.short}, "
                       f"{place.designation}",
                 "en": f"{_label('allegation_kind', kind, 'en')}: {victim.short}, "
                       f"{place.designation}",
                 "kk": f"{_label('allegation_kind', kind, 'kk')}: {victim.short}, "
                       f"{place.designation}"}[lang]
        # a special visit after the allegation, where the victim was seen
        visit_id, vday = None, day
        if place.npm and rng.random() < 0.3 and day + timedelta(days=3) < ANCHOR:
            vday = self.date_between(day + timedelta(days=3), min(day + timedelta(days=40),
                                                                   ANCHOR))
            visit_id, inside = self.visit(place, vday, special_for=victim, victim_id=victim_id,
                                          allegation_when=_when(when, "ru"))
            if not inside:
                visit_id = None

        # complaints and their timelines, planned first so the case is written once
        complainant_id = victim_id
        filed_by_relative = relative is not None and rng.random() < 0.5
        if filed_by_relative:
            assert relative is not None
            complainant_id = relative[0]
        plans: list[dict[str, Any]] = []
        first_body = rng.choices(("prosecutor", "special_prosecutor", "police_internal_security",
                                  "ombudsman", "anti_corruption_agency", "penal_department"),
                                 (35, 25, 15, 10, 5, 10))[0]
        n_complaints = rng.choices((1, 2, 3), (60, 30, 10))[0]
        filed = min(day + timedelta(days=rng.randint(2, 45)), ANCHOR)
        for c in range(n_complaints):
            if filed >= ANCHOR - timedelta(days=1) and c > 0:
                break
            body = first_body if c == 0 else rng.choice(
                ("prosecutor", "court", "un_treaty_body", "ombudsman", "special_prosecutor"))
            plan = self.plan_complaint(body, filed)
            plans.append(plan)
            filed = min(plan["steps"][-1]["occurred_on"] + timedelta(days=rng.randint(5, 90)),
                        ANCHOR)
        stages_seen = {st["stage"] for plan in plans for st in plan["steps"]}
        bodies = {plan["body"] for plan in plans}
        qualification = "not_qualified"
        if stages_seen & {"case_opened", "erdr_registration"}:
            qualification = rng.choices(
                ("art146_torture", "art362_excess_of_authority", "art146p1_cruel_treatment",
                 "art361_abuse_of_power", "art415_coercion_to_testify"), (30, 40, 10, 15, 5))[0]
        status = "open"
        if "hearing" in stages_seen:
            status = "in_court"
        if "un_treaty_body" in bodies:
            status = "at_un"
        last_filed = plans[-1]["filed"]
        closed_on = None
        if recent and sum(len(plan["steps"]) for plan in plans) <= 2:
            status = "intake"
        elif (ANCHOR - last_filed).days > 5 * 365 and rng.random() < 0.6:
            status = "closed"
            closed_on = min(last_filed + timedelta(days=rng.randint(200, 900)), ANCHOR)

        opened = min(day + timedelta(days=rng.randint(2, 40)), ANCHOR)
        reference = case_reference(self.tag, opened.year, self.case_seq)
        case_id = self.create(
            "cases", reference=reference, title=title, status=f"case_status.{status}",
            summary=summary, primary_victim_id=victim_id, facility_id=place.id,
            region=f"region.{place.region}", opened_on=opened, closed_on=closed_on,
            risk_level=f"risk_level.{rng.choice(('low', 'medium', 'high', 'high', 'critical'))}")
        write_status_history(self, case_id, status, opened, closed_on, ANCHOR)
        self.create("case_people", case_id=case_id, person_id=victim_id, role="person_role.victim")
        if relative is not None:
            self.create("case_people", case_id=case_id, person_id=relative[0],
                        role="person_role.complainant" if filed_by_relative
                        else "person_role.relative",
                        notes=rng.choice(("мать", "супруга", "брат", "сестра", "отец")))
        if lawyer is not None:
            self.create("case_people", case_id=case_id, person_id=lawyer[0],
                        role="person_role.lawyer", notes="по соглашению")
        if witness is not None:
            self.create("case_people", case_id=case_id, person_id=witness[0],
                        role="person_role.witness", notes="сокамерник")
        for pid in perps:
            self.create("case_people", case_id=case_id, person_id=pid,
                        role="person_role.alleged_perpetrator")

        # the allegation(s)
        allegations = []
        for k in range(1 if rng.random() < 0.75 else 2):
            a_when = when
            if k == 1:  # a second episode, later
                d2 = min(day + timedelta(days=rng.randint(10, 200)), ANCHOR)
                a_when = ApproxDate(d2.year, d2.month)
                methods = rng.sample(methods, min(len(methods), 2)) + ["threats_relatives"]
                methods = sorted(set(methods))
            loc = ("police_office" if place.kind in ("police_station", "ivs") else "facility")
            loc = rng.choice((loc, loc, loc, "police_car", "unofficial_place"))
            injuries = {"ru": INJURIES_RU, "en": INJURIES_EN, "kk": INJURIES_KK}[lang]
            verification = rng.choice(("unverified", "partly_verified", "verified", "disputed"))
            values: dict[str, Any] = dict(
                case_id=case_id, facility_id=place.id, kind=f"allegation_kind.{kind}",
                visit_id=visit_id if k == 0 else None,
                summary=self.allegation_summary(lang, ctx, kind)[:300],
                narrative=self.allegation_narrative(lang, ctx, mention or k == 0),
                date_from=a_when, location_kind=f"location_kind.{loc}",
                place_description={
                    "police_office": f"служебный кабинет на 2-м этаже, {place.designation}",
                    "facility": f"карантинное отделение {place.designation}",
                    "police_car": "служебный автомобиль по дороге в отдел",
                    "unofficial_place": "загородный дом, адрес неизвестен",
                }[loc],
                injuries=rng.choice(injuries),
                legal_qualification=f"legal_qualification.{qualification}" if k == 0 else
                "legal_qualification.not_qualified",
                source=f"source_type.{rng.choice(('victim', 'relative', 'lawyer', 'witness'))}",
                verification=f"verification_status.{verification}",
                methods=[f"method.{m}" for m in methods],
                purposes=[f"purpose.{p}" for p in purposes])
            if rng.random() < 0.25 and a_when.precision != "year":
                end = a_when.latest() + timedelta(days=rng.randint(1, 5))
                if end <= ANCHOR:
                    values["date_to"] = ApproxDate.from_date(end) if \
                        a_when.precision == "day" else ApproxDate(end.year, end.month)
            aid = self.create("allegations", **values)
            allegations.append(aid)
            self.create("allegation_people", allegation_id=aid, person_id=victim_id,
                        role="victim")
            for pid in perps:
                involvement = rng.choice(("direct", "direct", "ordered", "complicit", "unknown"))
                self.create("allegation_people", allegation_id=aid, person_id=pid,
                            role="perpetrator", involvement=f"involvement.{involvement}")
            if witness is not None:
                self.create("allegation_people", allegation_id=aid, person_id=witness[0],
                            role="witness")
            self.medical(aid, a_when)
        aid = allegations[0]
        demo_people.shape_case(self, case_id, relative, perps, allegations)

        complaint_ids: list[tuple[str, date]] = []
        for plan in plans:
            cid = self.write_complaint(plan, case_id, aid, complainant_id, victim)
            complaint_ids.append((cid, plan["filed"]))

        # reprisals
        force = self.counts["reprisals"] == 0
        if force or rng.random() < 0.3:
            cid, cfiled = complaint_ids[0]
            target = rng.choice(
                [(victim_id, "victim")] + ([(relative[0], "relative")] if relative else []) +
                ([(lawyer[0], "lawyer")] if lawyer else []) +
                ([(witness[0], "witness")] if witness else []))
            self.reprisal(case_id, aid, target, cfiled, complaint_id=cid)
        if visit_id is not None and rng.random() < 0.35:
            self.reprisal(case_id, aid, (victim_id, "victim"), vday, visit_id=visit_id)

        demo_custody.add_custody(self, case_id, victim_id, place, day, charge, ANCHOR)
        # evidence
        self.case_evidence(case_id, aid, victim, place, when, complaint_ids, lang)

    def narrative_ctx(self, victim: _Name, when: ApproxDate, place: _Place, methods: list[str],
                      purposes: list[str], charge: str) -> dict[str, Any]:
        return {
            "victim": victim, "place": place,
            "when": {lang: _when(when, lang) for lang in ("ru", "en", "kk")},
            "methods": {lang: ", ".join(_low(_label("method", m, lang)) for m in methods)
                        for lang in ("ru", "en", "kk")},
            "purposes": {lang: ", ".join(_low(_label("purpose", p, lang)) for p in purposes)
                         for lang in ("ru", "en", "kk")},
            "charge": charge,
        }

    def case_summary(self, lang: str, ctx: dict[str, Any], mention: bool) -> str:
        v: _Name = ctx["victim"]
        place: _Place = ctx["place"]
        who = v.full if mention else _g(v, "заявитель", "заявительница")
        if lang == "ru":
            when = ctx["when"]["ru"]
            detained = _g(v, "был задержан", "была задержана")
            text = (f"{when[:1].upper() + when[1:]} {who} {detained} по подозрению в "
                    f"совершении преступления («{ctx['charge']}») и "
                    f"{_g(v, 'доставлен', 'доставлена')} в {place.designation} (г. {place.city}). "
                    f"По {_g(v, 'его', 'её')} словам, сотрудники применяли: "
                    f"{ctx['methods']['ru']}, добиваясь признания. Жалобы в прокуратуру "
                    "остаются без эффективного расследования.")
            return text
        if lang == "en":
            who_en = v.full if mention else "The complainant"
            return (f"{who_en} was detained {ctx['when']['en']} and taken to "
                    f"{place.designation} ({place.city}). Alleged methods: {ctx['methods']['en']}. "
                    "Complaints have not led to an effective investigation.")
        who_kk = v.full if mention else "Арыз беруші"
        return (f"{who_kk} {ctx['when']['kk']} ұсталып, {place.designation} мекемесіне "
                f"жеткізілді. Қолданылған әдістер: {ctx['methods']['kk']}. Шағымдар тиімді "
                "тексерілмеді.")

    def allegation_summary(self, lang: str, ctx: dict[str, Any], kind: str) -> str:
        place: _Place = ctx["place"]
        return {"ru": f"{_label('allegation_kind', kind, 'ru')} в {place.designation}: "
                      f"{ctx['methods']['ru']}",
                "en": f"{_label('allegation_kind', kind, 'en')} at {place.designation}: "
                      f"{ctx['methods']['en']}",
                "kk": f"{place.designation}: {_low(_label('allegation_kind', kind, 'kk'))}, "
                      f"{ctx['methods']['kk']}"}[lang]

    def allegation_narrative(self, lang: str, ctx: dict[str, Any], mention: bool) -> str:
        v: _Name = ctx["victim"]
        place: _Place = ctx["place"]
        rng = self.rng
        if lang == "ru":
            who = v.short if mention else _g(v, "Заявитель", "Заявительница")
            parts = [
                f"Со слов {_g(v, 'заявителя', 'заявительницы')}: {ctx['when']['ru']} "
                f"{_g(v, 'его', 'её')} доставили в {place.designation} без составления протокола "
                "задержания. Адвоката не пригласили, родственникам не сообщили.",
                f"В служебном кабинете несколько сотрудников требовали признаться в "
                f"«{ctx['charge']}»; применялись: {ctx['methods']['ru']}. Цель, по оценке "
                f"монитора: {ctx['purposes']['ru']}.",
                rng.choice((
                    f"{who} {_g(v, 'подписал', 'подписала')} признательные показания после "
                    "угроз расправой над семьёй.",
                    f"{who} отказал{_g(v, 'ся', 'ась')} подписывать показания; "
                    "наутро в ИВС медработник отметил «ушибы при падении».",
                    f"На следующий день {who} при следственном судье заявил{_g(v, '', 'а')} о "
                    "пытках, но судья на это не отреагировал.")),
                "Монитор отмечает: заявитель боится мести, просит не называть его в отчётах.",
            ]
            return "\n\n".join(parts)
        if lang == "en":
            who = v.short if mention else "The complainant"
            return (f"{who} states that {ctx['when']['en']} officers took "
                    f"{_g(v, 'him', 'her')} to {place.designation} without recording the arrest. "
                    f"Methods described: {ctx['methods']['en']}. Purpose: "
                    f"{ctx['purposes']['en']}. No lawyer was present; the family was not "
                    "informed.\n\nThe monitor saw bruising on the wrists four days later.")
        who = v.short if mention else "Арыз беруші"
        return (f"{who} {ctx['when']['kk']} {place.designation} мекемесіне хаттамасыз "
                f"жеткізілгенін айтты. Қолданылған әдістер: {ctx['methods']['kk']}. "
                "Адвокат шақырылмады, туыстарына хабарланбады.")

    def medical(self, allegation_id: str, when: ApproxDate) -> None:
        rng = self.rng
        base = when.earliest()
        exams = [("official_forensic", rng.choices(("no", "partly", "unknown"), (60, 30, 10))[0])]
        if rng.random() < 0.4:
            exams.append(("independent", rng.choice(("yes", "yes", "partly"))))
        if rng.random() < 0.4:
            exams.append((rng.choice(("admission_exam", "prison_medical_record")), "no"))
        for kind, ip in exams:
            if kind == "official_forensic" and rng.random() < 0.2:
                continue  # never done: a finding in itself
            delay = rng.randint(1, 6) if kind == "admission_exam" else rng.randint(5, 60)
            d = min(base + timedelta(days=delay), ANCHOR)
            findings = {
                "official_forensic": rng.choice((
                    "Телесные повреждения, не причинившие вреда здоровью; давность 7-10 суток. "
                    "Механизм образования не установлен.",
                    "Следов телесных повреждений не обнаружено (освидетельствование проведено "
                    "на 23-й день).", "Кровоподтёки в области спины, могли образоваться при "
                    "падении с высоты собственного роста.")),
                "independent": "Описание повреждений согласуется с рассказом о побоях и "
                               "применении наручников; выраженные признаки ПТСР.",
                "admission_exam": "При поступлении в ИВС: ссадины запястий, гематома под "
                                  "левым глазом; со слов — «упал».",
                "prison_medical_record": "Запись в медкарте: жалобы на боли в пояснице; "
                                         "осмотр врача не проводился.",
            }[kind]
            examiner = {"official_forensic": "Центр судебных экспертиз МЮ РК",
                        "independent": "Независимый врач (по направлению коалиции НПО)",
                        "admission_exam": "Фельдшер ИВС",
                        "prison_medical_record": "Медчасть учреждения"}[kind]
            self.create("medical_exams", allegation_id=allegation_id,
                        kind=f"medical_exam_kind.{kind}", exam_date=ApproxDate.from_date(d),
                        examiner=examiner, istanbul_protocol=f"istanbul_protocol.{ip}",
                        findings=findings)

    # -- complaint timelines -------------------------------------------------------
    SCENARIOS: dict[str, tuple[int, tuple[tuple[str, str], ...]]] = {
        # name: (weight, ((stage, body or "" for the complaint's body), ...))
        "refused": (30, (("complaint_filed", ""), ("transferred", "police_internal_security"),
                         ("preliminary_check", "police_internal_security"),
                         ("refusal_to_open", "police_internal_security"), ("appeal", "court"),
                         ("hearing", "court"), ("answer_received", "court"))),
        "terminated": (22, (("complaint_filed", ""), ("erdr_registration", "special_prosecutor"),
                            ("case_opened", "special_prosecutor"),
                            ("suspended", "special_prosecutor"),
                            ("reopened", "special_prosecutor"),
                            ("terminated_no_evidence", "special_prosecutor"),
                            ("appeal", "prosecutor"), ("reopened", "prosecutor"))),
        "court": (10, (("complaint_filed", ""), ("erdr_registration", "prosecutor"),
                       ("case_opened", "prosecutor"), ("indictment_to_court", "prosecutor"),
                       ("hearing", "court"), ("verdict", "court"),
                       ("compensation_claim", "court"), ("compensation_decision", "court"))),
        "counter": (8, (("complaint_filed", ""), ("preliminary_check", "police"),
                        ("refusal_to_open", "police"), ("counter_charge", "police"),
                        ("withdrawn_under_pressure", ""))),
        "withdrawn": (6, (("complaint_filed", ""), ("preliminary_check", ""),
                          ("withdrawn_under_pressure", ""))),
        "stuck": (14, (("complaint_filed", ""), ("transferred", "prosecutor"),
                       ("transferred", "police"), ("preliminary_check", "police"))),
        "ombudsman": (6, (("complaint_filed", ""), ("answer_received", ""),
                          ("transferred", "prosecutor"), ("refusal_to_open", "prosecutor"))),
    }
    UN = (("complaint_filed", ""), ("answer_received", ""), ("un_views", ""))

    def step_ref(self, body: str, day: date, stage: str) -> str:
        rng = self.rng
        n = self.ref()
        if stage in ("erdr_registration", "case_opened", "suspended", "terminated_no_evidence",
                     "indictment_to_court"):
            return f"ЕРДР № {day.strftime('%y')}{rng.randint(10, 75)}{n:09d}"
        if body in ("court", "appeal_court"):
            return f"№ {rng.choice(('1', '2', '3'))}-{n % 9000}/{day.year}"
        if body in ("un_treaty_body", "un_special_procedure"):
            return f"CAT/C/{rng.randint(60, 85)}/D/{n % 1500}/{day.year}"
        if body == "ombudsman":
            return f"УПЧ-{n % 99999}/{day.year}"
        if body == "police_internal_security":
            return f"СБ-{n % 99999}"
        return f"ЖТ-{day.year}-{n:08d}"

    def plan_complaint(self, body: str, filed: date) -> dict[str, Any]:
        """A complaint and its procedural steps up to :data:`ANCHOR`, as plain data.

        Each step's ``answer_due`` comes from the deadline rules (``procedure.rules``); the answer
        is the next step, often after the due date; the last step may still be unanswered.
        """
        rng = self.rng
        if body in ("un_treaty_body", "un_special_procedure"):
            steps = self.UN
        elif body == "court":
            steps = (("complaint_filed", ""), ("hearing", ""), ("answer_received", ""))
        else:
            names = list(self.SCENARIOS)
            scenario = rng.choices(names, [self.SCENARIOS[n][0] for n in names])[0]
            steps = self.SCENARIOS[scenario][1]
            if rng.random() < 0.5:  # many timelines are still running
                steps = steps[:rng.randint(2, len(steps))]
        day = filed
        made: list[dict[str, Any]] = []
        for stage, step_body in steps:
            if made:
                prev = made[-1]
                due_days = prev["days"]
                if due_days is not None:
                    late = rng.random() < 0.5
                    gap = due_days + rng.randint(1, 150) if late else rng.randint(2, due_days)
                else:
                    gap = rng.randint(5, 45)
                day = prev["occurred_on"] + timedelta(days=gap)
                if day > ANCHOR:
                    break
            the_body = step_body or body
            days = procedure_rules.answer_days(procedure_rules.builtin_rules(),
                                               f"complaint_stage.{stage}",
                                               f"complaint_body.{the_body}", day)
            made.append({"stage": stage, "body": the_body, "occurred_on": day, "days": days,
                         "reference_no": self.step_ref(the_body, day, stage),
                         "outcome": self.outcome(stage, the_body),
                         "notes": rng.choice(("", "", "Ответ получен по почте с опозданием.",
                                              "Заявителя не уведомили о решении; узнали от "
                                              "адвоката.", "Копия постановления не выдана."))})
        return {"body": body, "filed": filed, "steps": made}

    def write_complaint(self, plan: dict[str, Any], case_id: str, allegation_id: str,
                        complainant_id: str, victim: _Name) -> str:
        body = plan["body"]
        subject = {
            "prosecutor": "Жалоба о применении пыток сотрудниками полиции",
            "special_prosecutor": "Заявление о пытках (ст. 146 УК РК)",
            "police_internal_security": "Заявление о незаконных действиях сотрудников",
            "ombudsman": "Обращение к Уполномоченному по правам человека",
            "court": "Жалоба следственному судье на бездействие органа (ст. 106 УПК)",
            "un_treaty_body": "Individual communication to the Committee against Torture",
            "anti_corruption_agency": "Заявление о вымогательстве со стороны сотрудников",
            "penal_department": "Жалоба в ДУИС на действия администрации учреждения",
        }.get(body, "Жалоба")
        on_behalf = _g(victim, "от имени потерпевшего", "от имени потерпевшей")
        cid = self.create("complaints", case_id=case_id, allegation_id=allegation_id,
                          complainant_id=complainant_id, body=f"complaint_body.{body}",
                          subject=subject, filed_on=plan["filed"],
                          notes=f"Подана {on_behalf}; копия направлена в коалицию НПО.")
        steps = plan["steps"]
        for i, st in enumerate(steps):
            nxt = steps[i + 1] if i + 1 < len(steps) else None
            due = st["occurred_on"] + timedelta(days=st["days"]) if st["days"] else None
            self.create(
                "complaint_steps", complaint_id=cid, stage=f"complaint_stage.{st['stage']}",
                body=f"complaint_body.{st['body']}", occurred_on=st["occurred_on"],
                reference_no=st["reference_no"], answer_due=due,
                answered_on=nxt["occurred_on"] if nxt is not None and due else None,
                outcome=st["outcome"], notes=st["notes"])
        return cid

    def outcome(self, stage: str, body: str) -> str:
        rng = self.rng
        return {
            "complaint_filed": "Жалоба зарегистрирована.",
            "transferred": f"Жалоба перенаправлена в {_label('complaint_body', body, 'ru')} "
                           "«для рассмотрения по компетенции».",
            "preliminary_check": "Проведена проверка силами того же отдела полиции, "
                                 "опрошены только сотрудники.",
            "erdr_registration": "Сведения внесены в ЕРДР по ст. 146 УК РК.",
            "case_opened": "Начато досудебное расследование.",
            "refusal_to_open": rng.choice((
                "Отказано: «факты не нашли подтверждения».",
                "Отказано за отсутствием состава преступления; телесные повреждения "
                "объяснены «падением»."))
            ,
            "suspended": "Расследование приостановлено: «лица, подлежащие привлечению, не "
                         "установлены».",
            "reopened": "Постановление о прекращении отменено прокурором, расследование "
                        "возобновлено.",
            "terminated_no_evidence": "Дело прекращено за недоказанностью участия "
                                      "подозреваемых в совершении преступления.",
            "appeal": "Подана жалоба на постановление.",
            "hearing": "Судебное заседание; ходатайство о независимой экспертизе отклонено.",
            "answer_received": rng.choice(("Жалоба оставлена без удовлетворения.",
                                           "Получено уведомление о регистрации.",
                                           "Ответ формальный, по существу не рассмотрено.")),
            "indictment_to_court": "Дело направлено в суд по ст. 362 УК (превышение власти), "
                                   "а не по ст. 146.",
            "verdict": "Двое сотрудников осуждены по ст. 362 УК, наказание условное.",
            "compensation_claim": "Подан иск о возмещении морального вреда.",
            "compensation_decision": "Присуждено 500 000 тенге (заявлено 10 000 000).",
            "counter_charge": "Против заявителя начато расследование по ст. 419 УК "
                              "(заведомо ложный донос).",
            "withdrawn_under_pressure": "Заявитель отозвал жалобу после визита сотрудников к "
                                        "родственникам.",
            "un_views": "Комитет признал нарушение ст. 1, 12, 13 и 14 Конвенции против пыток.",
        }.get(stage, "")

    def reprisal(self, case_id: str, allegation_id: str, target: tuple[str, str], after: date,
                 *, complaint_id: str | None = None, visit_id: str | None = None) -> None:
        rng = self.rng
        role = target[1]
        kinds = {
            "victim": ("solitary_confinement", "transfer", "violence", "pressure_to_withdraw",
                       "loss_of_visits", "disciplinary", "loss_of_parcels"),
            "relative": ("threats", "family_harassment", "dismissal", "pressure_to_withdraw"),
            "lawyer": ("loss_of_licence", "search", "threats", "surveillance",
                       "defamation_suit"),
            "witness": ("threats", "transfer", "violence"),
        }[role]
        kind = rng.choice(kinds)
        when = min(after + timedelta(days=rng.randint(2, 80)), ANCHOR)
        occurred = ApproxDate.from_date(when) if rng.random() < 0.6 else \
            ApproxDate(when.year, when.month)
        description = {
            "solitary_confinement": "Через несколько дней после подачи жалобы водворён в ШИЗО "
                                    "на 15 суток «за нарушение формы одежды».",
            "transfer": "Этапирован в другое учреждение в другой области без уведомления "
                        "адвоката и семьи.",
            "violence": "Повторно избит в карантинном отделении, требовали отозвать жалобу.",
            "pressure_to_withdraw": "Сотрудник оперчасти предложил «договориться» и написать "
                                    "отказ от жалобы.",
            "loss_of_visits": "Лишён длительного свидания.",
            "disciplinary": "Наложено взыскание, лишён права на УДО.",
            "loss_of_parcels": "Передачи от семьи не принимаются.",
            "threats": "Звонки с угрозами, «если не успокоитесь».",
            "family_harassment": "Участковый приходил к родителям, предупреждал о "
                                 "«последствиях для сына».",
            "dismissal": "Уволен с работы после визита сотрудников к работодателю.",
            "loss_of_licence": "Коллегия адвокатов возбудила дисциплинарное производство по "
                               "представлению прокурора.",
            "search": "Обыск в офисе, изъяты ноутбук и материалы дел.",
            "surveillance": "Замечена слежка у дома и офиса.",
            "defamation_suit": "Иск сотрудника о защите чести и достоинства.",
        }[kind]
        rid = self.create(
            "reprisals", target_id=target[0], target_role=f"person_role.{role}",
            kind=f"reprisal_kind.{kind}", occurred_on=occurred, case_id=case_id,
            allegation_id=allegation_id, complaint_id=complaint_id, visit_id=visit_id,
            perpetrator=rng.choice(("Администрация учреждения", "Сотрудники отдела полиции",
                                    "Неустановленные лица", "Прокуратура")),
            description=description, risk_level=f"risk_level.{rng.choice(('high', 'critical'))}")
        for kind in rng.sample(("urgent_appeal", "special_visit_requested", "lawyer_informed",
                                "un_communication", "public_statement", "protection_measures"),
                               rng.randint(1, 2)):
            self.create("reprisal_responses", reprisal_id=rid, kind=f"reprisal_response.{kind}",
                        taken_on=min(when + timedelta(days=rng.randint(0, 20)), ANCHOR),
                        notes="")

    # -- evidence -------------------------------------------------------------------
    def case_evidence(self, case_id: str, allegation_id: str, victim: _Name, place: _Place,
                      when: ApproxDate, complaints: list[tuple[str, date]],
                      lang: str) -> None:
        rng = self.rng
        assert self.w is not None
        force = self.counts["evidence"] == 0
        if complaints and (force or rng.random() < 0.7 * self.image_rate + 0.05):
            _, filed = complaints[0]
            lines = [f"Жалоба от {filed.strftime('%d.%m.%Y')}", f"Заявитель: {victim.full}",
                     f"Учреждение: {place.designation}, г. {place.city}",
                     "Прошу провести проверку по факту применения пыток (ст. 146 УК РК)."]
            self.w.add_evidence(self.pdf(lines), file_name=f"complaint-{filed.isoformat()}.pdf",
                                case_id=case_id, kind="evidence_kind.complaint_scan",
                                description="Скан жалобы с отметкой о регистрации",
                                captured_on=ApproxDate.from_date(filed))
            self.counts["evidence"] += 1
        if force or rng.random() < 0.45 * self.image_rate:
            data = self.png_body(victim, when)
            self.w.add_evidence(data, file_name=f"body-chart-{self.counts['evidence'] + 1}.png",
                                case_id=case_id, allegation_id=allegation_id,
                                kind="evidence_kind.medical_report",
                                description={"ru": "Схема телесных повреждений (со слов и по "
                                                   "осмотру)",
                                             "en": "Body chart of injuries",
                                             "kk": "Дене жарақаттарының сызбасы"}[lang],
                                captured_on=ApproxDate(when.year, when.month or 1),
                                sensitive=True)
            self.counts["evidence"] += 1
        if complaints and rng.random() < 0.25 * self.image_rate:
            lines = ["ПОСТАНОВЛЕНИЕ", "об отказе в начале досудебного расследования",
                     f"г. {place.city}", "Факты, изложенные в заявлении, не нашли подтверждения."]
            self.w.add_evidence(self.pdf(lines), file_name="decision-refusal.pdf",
                                case_id=case_id, kind="evidence_kind.answer_scan",
                                description="Постановление об отказе")
            self.counts["evidence"] += 1

    def font(self, size: int) -> Any:
        from PIL import ImageFont

        if size not in self._font_cache:
            self._font_cache[size] = ImageFont.truetype(
                str(resource("fonts", "DejaVuSans.ttf")), size)
        return self._font_cache[size]

    def png_body(self, victim: _Name, when: ApproxDate) -> bytes:
        """A synthetic body chart with marked injuries, on a speckled 'scanned' page."""
        from PIL import Image, ImageChops, ImageDraw

        rng = self.rng
        img = Image.new("L", (420, 560), 248)
        d = ImageDraw.Draw(img)
        font, small = self.font(16), self.font(12)
        d.text((20, 14), "Схема телесных повреждений", fill=20, font=font)
        d.text((20, 38), f"{victim.short}  ·  {when.format('ru')}", fill=40, font=small)
        for cx in (120, 300):  # front and back
            d.ellipse((cx - 22, 80, cx + 22, 126), outline=30, width=2)
            d.rectangle((cx - 40, 130, cx + 40, 290), outline=30, width=2)
            d.line((cx - 40, 140, cx - 75, 270), fill=30, width=2)
            d.line((cx + 40, 140, cx + 75, 270), fill=30, width=2)
            d.line((cx - 20, 290, cx - 30, 470), fill=30, width=2)
            d.line((cx + 20, 290, cx + 30, 470), fill=30, width=2)
        d.text((100, 480), "спереди", fill=60, font=small)
        d.text((285, 480), "сзади", fill=60, font=small)
        for i in range(rng.randint(2, 6)):
            x, y = rng.randint(60, 360), rng.randint(90, 460)
            r = rng.randint(5, 14)
            d.ellipse((x - r, y - r, x + r, y + r), outline=0, width=2)
            d.text((x + r + 2, y - 6), str(i + 1), fill=0, font=small)
        d.text((20, 510), "Составлено монитором ОНК; подпись: ________", fill=50, font=small)
        # sparse grey specks, as on a scanned page (and to give the file a realistic size)
        speck = rng.randint(240, 247)
        noise = Image.frombytes("L", (210, 280), rng.randbytes(210 * 280)).point(
            lambda v: 255 if v < speck else 140 + (v - speck) * 9)
        img = ImageChops.darker(img, noise.resize((420, 560), Image.Resampling.NEAREST))
        out = io.BytesIO()
        img.save(out, format="PNG", compress_level=1)
        return out.getvalue()

    def pdf(self, lines: list[str]) -> bytes:
        """A one-page PDF with a few lines of Cyrillic text, identical for identical input."""
        from reportlab.pdfbase import pdfmetrics
        from reportlab.pdfbase.ttfonts import TTFont
        from reportlab.pdfgen import canvas

        if not self._pdf_font:
            if "DejaVuSans" not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(TTFont("DejaVuSans",
                                               str(resource("fonts", "DejaVuSans.ttf"))))
            self._pdf_font = True
        out = io.BytesIO()
        c = canvas.Canvas(out, invariant=1)
        c.setFont("DejaVuSans", 12)
        y = 780
        for line in lines:
            c.drawString(60, y, line)
            y -= 22
        c.showPage()
        c.save()
        return out.getvalue()

    # -- the run ---------------------------------------------------------------------
    def run(self, progress: Callable[[int, int], None] | None) -> dict[str, int]:
        with self.store.write(source="demo", immediate=True) as w:
            self.w = w
            # a second run on the same store goes on with the store's numbering
            self.case_seq = last_case_number(w.session, self.tag)
            self.setup()
        plan = self.visit_plan()
        batches = max(1, -(-self.cases // BATCH))
        done = 0
        for b in range(batches):
            n = min(BATCH, self.cases - done)
            with self.store.write(source="demo", immediate=True) as w:
                self.w = w
                lo, hi = len(plan) * b // batches, len(plan) * (b + 1) // batches
                for day, idx in plan[lo:hi]:
                    vid, inside = self.visit(self.places[idx], day)
                    if inside and (self.counts["reprisals"] == 0 or self.rng.random() < 0.04):
                        self.monitor_reprisal(vid, day)
                for _ in range(n):
                    self.case()
            done += n
            if progress is not None:
                progress(done, self.cases)
        from monitor_app.demo_reprisals import add_reprisal_shapes
        add_reprisal_shapes(self, ANCHOR)  # chains, pressure through a relative, a counter-charge
        add_dossier_shapes(self.store)  # monitor_app/demo_dossier.py
        self.w = None
        add_mass_trial(self, CITIES, REGION_GEN)  # 37 defendants (monitor_app.demo_proceedings)
        return dict(self.counts)


def generate(store: Store, cases: int = 60, seed: int = 1,
             progress: Callable[[int, int], None] | None = None) -> dict[str, int]:
    """Fill an open store with a synthetic data set; returns how many records of each kind.

    The same seed gives the same data (ids and timestamps aside). ``progress(done, total)``
    is called after each committed batch of cases.
    """
    if cases < 0:
        raise ValueError("the number of cases cannot be negative")
    return _Demo(store, cases, seed).run(progress)
