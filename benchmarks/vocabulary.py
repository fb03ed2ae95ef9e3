"""Word pools for synthetic articles: names, places, bodies, topics. Realistic enough that fuzzy
lookups and ranking do real work (shared surnames, overlapping topics, similar event names)."""

KOREAN_SURNAMES = (
    "Kim Lee Park Choi Jung Kang Cho Yoon Jang Lim Han Oh Seo Shin Kwon Hwang Ahn Song Jeon Hong".split()
)
KOREAN_GIVEN = (
    "Min-jun Seo-yeon Ji-ho Ha-eun Do-yun Seo-jun Ye-jin Jae-won Hyun-woo Soo-ah Dong-hyun "
    "Eun-ji Sung-min Jin-woo Yeon-woo Tae-yang Hye-jin Kyung-soo Mi-rae Joon-ho"
).split()
US_GIVEN = (
    "James Mary Robert Patricia John Jennifer Michael Linda David Elizabeth William Barbara "
    "Richard Susan Joseph Jessica Thomas Sarah Charles Karen Daniel Nancy Mark Lisa"
).split()
US_SURNAMES = (
    "Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez Hernandez Lopez "
    "Gonzalez Wilson Anderson Thomas Taylor Moore Jackson Martin Thompson White Harris Clark"
).split()
JP_SURNAMES = (
    "Sato Suzuki Takahashi Tanaka Watanabe Ito Yamamoto Nakamura Kobayashi Kato Yoshida Yamada".split()
)
JP_GIVEN = "Hiroshi Yuki Kenji Akiko Takeshi Naoko Satoshi Emi Daisuke Haruka Kazuo Mariko".split()

COUNTRIES = {
    "United States": ["U.S.", "US", "America", "Washington"],
    "South Korea": ["ROK", "Republic of Korea", "Seoul"],
    "Japan": ["Tokyo"],
    "North Korea": ["DPRK", "Pyongyang"],
    "China": ["PRC", "Beijing"],
    "Australia": ["Canberra"],
    "Philippines": ["Manila"],
}
PEOPLE_BY_COUNTRY = {
    "United States": (US_GIVEN, US_SURNAMES),
    "South Korea": (KOREAN_GIVEN, KOREAN_SURNAMES),
    "Japan": (JP_GIVEN, JP_SURNAMES),
}
ROLES = [
    "Defense Minister",
    "Foreign Minister",
    "Secretary of State",
    "Secretary of Defense",
    "Ambassador",
    "National Security Adviser",
    "Joint Chiefs Chairman",
    "Unification Minister",
    "Deputy Defense Minister",
    "Navy Chief of Staff",
    "Army Chief of Staff",
    "Vice Foreign Minister",
]
BODIES = [
    "Ministry of National Defense",
    "Joint Chiefs of Staff",
    "Foreign Ministry",
    "Pentagon",
    "State Department",
    "National Security Council",
    "Defense Intelligence Agency",
    "Coast Guard",
    "Cyber Command",
    "Space Force",
    "Navy",
    "Air Force",
]
PLACES = [
    "Seoul",
    "Tokyo",
    "Washington",
    "Busan",
    "Okinawa",
    "Guam",
    "Honolulu",
    "Singapore",
    "Canberra",
    "Manila",
    "Jakarta",
    "Hanoi",
    "Camp David",
    "Pyeongtaek",
    "Yokosuka",
    "Jeju",
    "Incheon",
    "Sapporo",
]
EVENT_KINDS = [
    "summit",
    "talks",
    "joint exercise",
    "ministerial meeting",
    "strategic dialogue",
    "forum",
    "naval drill",
    "consultation",
    "working group meeting",
    "table-top exercise",
]
TOPICS = [
    "extended deterrence",
    "missile defense",
    "cyber security",
    "supply chains",
    "maritime security",
    "space cooperation",
    "nuclear planning",
    "drone threats",
    "intelligence sharing",
    "export controls",
    "sanctions enforcement",
    "joint training",
    "critical minerals",
    "semiconductor cooperation",
    "humanitarian assistance",
    "disaster relief",
    "coast guard cooperation",
    "arms control",
    "information warfare",
    "undersea cables",
]
TERM_WORDS = [
    "Nuclear",
    "Consultative",
    "Group",
    "Strategic",
    "Defense",
    "Initiative",
    "Council",
    "Maritime",
    "Domain",
    "Awareness",
    "Integrated",
    "Air",
    "Missile",
    "Early",
    "Warning",
    "Data",
    "Sharing",
    "Framework",
    "Joint",
    "Task",
    "Force",
    "Regional",
    "Security",
    "Partnership",
    "Trilateral",
    "Coordination",
    "Mechanism",
    "Extended",
    "Deterrence",
    "Committee",
    "Cyber",
    "Response",
    "Team",
]
VERBS = [
    "reaffirmed",
    "discussed",
    "agreed to expand",
    "pledged to deepen",
    "reviewed",
    "condemned",
    "welcomed",
    "called for",
    "stressed the need for",
    "announced plans for",
]
QUOTE_OPENERS = [
    "We will continue to",
    "Our alliance must",
    "Both nations are determined to",
    "We agreed to",
    "It is essential to",
    "We will not hesitate to",
    "Together we will",
]
