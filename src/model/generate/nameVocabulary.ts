// Words the generator builds names from. Real contact centres name campaigns after what they
// sell or collect and when ("Renewals_Q3"), agent groups after a team and a site ("Team Paris"),
// and they do so in their own language and script: Stat Server compares names byte for byte,
// so the generated names cover Latin with accents, Cyrillic, Greek and CJK.

/** A person's name as written in its own script, with the Latin spelling a userName is made of. */
export type PersonName = readonly [native: string, latin: string];

export interface Locale {
  readonly id: string;
  /** What a campaign is for. */
  readonly purposes: readonly string[];
  readonly cities: readonly string[];
  /** The word for an agent team. */
  readonly team: string;
  /** The word for a floor or site, for place groups. */
  readonly floor: string;
  /** The word for a calling list. */
  readonly list: string;
  readonly shifts: readonly string[];
  readonly firstNames: readonly PersonName[];
  readonly lastNames: readonly PersonName[];
}

const LOCALES: readonly Locale[] = [
  {
    id: "en",
    purposes: ["Renewals", "Sales", "Collections", "Winback", "Upsell", "Survey", "Retention"],
    cities: ["London", "Manchester", "Dublin", "Toronto", "Leeds", "Glasgow", "Boston"],
    team: "Team",
    floor: "Floor",
    list: "List",
    shifts: ["Early", "Late", "Weekend", "Overflow"],
    firstNames: [
      ["Emma", "Emma"],
      ["Oliver", "Oliver"],
      ["Amelia", "Amelia"],
      ["Jack", "Jack"],
      ["Siobhán", "Siobhan"],
      ["Liam", "Liam"],
    ],
    lastNames: [
      ["Smith", "Smith"],
      ["O'Brien", "OBrien"],
      ["Taylor", "Taylor"],
      ["Walsh", "Walsh"],
      ["Clarke", "Clarke"],
      ["Patel", "Patel"],
    ],
  },
  {
    id: "fr",
    purposes: ["Relance", "Fidélisation", "Recouvrement", "Prospection", "Enquête", "Rappel"],
    cities: ["Paris", "Lyon", "Montréal", "Québec", "Nantes", "Bordeaux", "Genève"],
    team: "Équipe",
    floor: "Étage",
    list: "Fichier",
    shifts: ["Matin", "Soir", "Week-end", "Débordement"],
    firstNames: [
      ["Élodie", "Elodie"],
      ["François", "Francois"],
      ["Chloé", "Chloe"],
      ["Jérôme", "Jerome"],
      ["Anaïs", "Anais"],
      ["Loïc", "Loic"],
    ],
    lastNames: [
      ["Dubois", "Dubois"],
      ["Lefèvre", "Lefevre"],
      ["Gagnon", "Gagnon"],
      ["Bélanger", "Belanger"],
      ["Moreau", "Moreau"],
      ["Côté", "Cote"],
    ],
  },
  {
    id: "de",
    purposes: ["Verlängerung", "Rückgewinnung", "Mahnwesen", "Neukunden", "Umfrage"],
    cities: ["München", "Köln", "Zürich", "Düsseldorf", "Wien", "Graz"],
    team: "Team",
    floor: "Etage",
    list: "Liste",
    shifts: ["Früh", "Spät", "Wochenende"],
    firstNames: [
      ["Jürgen", "Juergen"],
      ["Lena", "Lena"],
      ["Jörg", "Joerg"],
      ["Sophie", "Sophie"],
      ["Maximilian", "Maximilian"],
    ],
    lastNames: [
      ["Müller", "Mueller"],
      ["Schäfer", "Schaefer"],
      ["Weiß", "Weiss"],
      ["Becker", "Becker"],
      ["Hoffmann", "Hoffmann"],
    ],
  },
  {
    id: "es",
    purposes: ["Renovación", "Cobranza", "Captación", "Encuesta", "Fidelización"],
    cities: ["Madrid", "Málaga", "Bogotá", "Sevilla", "Córdoba", "Medellín"],
    team: "Equipo",
    floor: "Planta",
    list: "Lista",
    shifts: ["Mañana", "Tarde", "Finde"],
    firstNames: [
      ["José", "Jose"],
      ["María", "Maria"],
      ["Iñaki", "Inaki"],
      ["Lucía", "Lucia"],
      ["Andrés", "Andres"],
    ],
    lastNames: [
      ["García", "Garcia"],
      ["Núñez", "Nunez"],
      ["Martínez", "Martinez"],
      ["Peña", "Pena"],
      ["Gómez", "Gomez"],
    ],
  },
  {
    id: "ru",
    purposes: ["Продление", "Продажи", "Взыскание", "Опрос", "Удержание"],
    cities: ["Москва", "Казань", "Новосибирск", "Самара", "Екатеринбург", "Пермь"],
    team: "Команда",
    floor: "Этаж",
    list: "Список",
    shifts: ["Утро", "Вечер", "Выходные"],
    firstNames: [
      ["Иван", "Ivan"],
      ["Ольга", "Olga"],
      ["Дмитрий", "Dmitry"],
      ["Наталья", "Natalya"],
      ["Сергей", "Sergey"],
    ],
    lastNames: [
      ["Петров", "Petrov"],
      ["Смирнова", "Smirnova"],
      ["Кузнецов", "Kuznetsov"],
      ["Волкова", "Volkova"],
      ["Соколов", "Sokolov"],
    ],
  },
  {
    id: "ja",
    purposes: ["更新", "販売", "回収", "調査", "継続"],
    cities: ["東京", "大阪", "名古屋", "福岡", "札幌", "仙台"],
    team: "チーム",
    floor: "フロア",
    list: "リスト",
    shifts: ["早番", "遅番", "週末"],
    firstNames: [
      ["翔太", "Shota"],
      ["美咲", "Misaki"],
      ["健", "Ken"],
      ["陽菜", "Hina"],
      ["大輔", "Daisuke"],
    ],
    lastNames: [
      ["佐藤", "Sato"],
      ["鈴木", "Suzuki"],
      ["高橋", "Takahashi"],
      ["田中", "Tanaka"],
      ["渡辺", "Watanabe"],
    ],
  },
  {
    id: "zh",
    purposes: ["续约", "销售", "回访", "催收", "调研"],
    cities: ["上海", "北京", "深圳", "成都", "杭州", "台北"],
    team: "团队",
    floor: "楼层",
    list: "名单",
    shifts: ["早班", "晚班", "周末"],
    firstNames: [
      ["伟", "Wei"],
      ["芳", "Fang"],
      ["静", "Jing"],
      ["磊", "Lei"],
      ["丽", "Li"],
    ],
    lastNames: [
      ["王", "Wang"],
      ["李", "Li"],
      ["张", "Zhang"],
      ["刘", "Liu"],
      ["陈", "Chen"],
    ],
  },
  {
    id: "el",
    purposes: ["Ανανεώσεις", "Πωλήσεις", "Είσπραξη", "Έρευνα"],
    cities: ["Αθήνα", "Θεσσαλονίκη", "Πάτρα", "Ηράκλειο", "Λάρισα"],
    team: "Ομάδα",
    floor: "Όροφος",
    list: "Λίστα",
    shifts: ["Πρωί", "Απόγευμα", "Σαββατοκύριακο"],
    firstNames: [
      ["Γιώργος", "Giorgos"],
      ["Μαρία", "Maria"],
      ["Νίκος", "Nikos"],
      ["Ελένη", "Eleni"],
      ["Δημήτρης", "Dimitris"],
    ],
    lastNames: [
      ["Παπαδόπουλος", "Papadopoulos"],
      ["Οικονόμου", "Oikonomou"],
      ["Γεωργίου", "Georgiou"],
      ["Νικολάου", "Nikolaou"],
      ["Βασιλείου", "Vasileiou"],
    ],
  },
];

export function locale(id: string): Locale {
  const found = LOCALES.find((l) => l.id === id);
  if (!found) throw new Error(`unknown locale: ${id}`);
  return found;
}

/** Campaign periods. */
export const PERIODS: readonly string[] = ["Q1", "Q2", "Q3", "Q4", "2026", "H1", "H2"];

/**
 * Tenants, each with the languages its names are in and the separator its administrators use
 * between words. A single-tenant system's only tenant is called `Environment`; it comes first.
 */
export interface TenantProfile {
  readonly name: string;
  readonly locales: readonly string[];
  readonly separator: "_" | " ";
}

export const TENANT_PROFILES: readonly TenantProfile[] = [
  { name: "Environment", locales: ["en", "fr"], separator: "_" },
  { name: "Banque Étoile", locales: ["fr", "en"], separator: " " },
  { name: "Северный_Контакт", locales: ["ru", "en"], separator: "_" },
  { name: "東都カスタマーケア", locales: ["ja", "en"], separator: "_" },
  { name: "Nordlicht Versicherung", locales: ["de", "en"], separator: " " },
  { name: "Ελληνική_Ενέργεια", locales: ["el", "en"], separator: "_" },
  { name: "Iberia Telecom", locales: ["es", "en"], separator: " " },
  { name: "华东客服", locales: ["zh", "en"], separator: "_" },
];
