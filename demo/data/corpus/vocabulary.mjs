/**
 * Names shared by every article of the demo corpus, in the three languages
 * of the demo. Keys are stable slugs, the same in every language, so that a
 * page can keep `?category=politics` when the reader switches language.
 */

export const LANGUAGES = ['fr', 'vi', 'en'];

export const FEED_TITLES = {
  fr: 'Le Courrier de l’Aurelle',
  vi: 'Bản tin Aurelle',
  en: 'The Aurelle Courier',
};

/** The seven sections, in the order the portal's menu shows them. */
export const CATEGORIES = [
  {slug: 'heritage', id: 11, fr: 'Patrimoine', vi: 'Di sản', en: 'Heritage'},
  {slug: 'figures', id: 12, fr: 'Personnalités', vi: 'Nhân vật', en: 'Figures'},
  {slug: 'business', id: 13, fr: 'Économie', vi: 'Kinh tế', en: 'Business'},
  {slug: 'current-events', id: 14, fr: 'Actualités', vi: 'Thời sự', en: 'Current events'},
  {slug: 'politics', id: 15, fr: 'Politique', vi: 'Chính trị', en: 'Politics'},
  {slug: 'local', id: 16, fr: 'Local', vi: 'Địa phương', en: 'Local'},
  {slug: 'products', id: 17, fr: 'Produits', vi: 'Sản phẩm', en: 'Products'},
];

export const TAGS = {
  restoration: {id: 101, fr: 'restauration', vi: 'trùng tu', en: 'restoration'},
  river: {id: 102, fr: 'fleuve', vi: 'dòng sông', en: 'river'},
  tourism: {id: 103, fr: 'tourisme', vi: 'du lịch', en: 'tourism'},
  markets: {id: 104, fr: 'marchés', vi: 'chợ', en: 'markets'},
  archives: {id: 105, fr: 'archives', vi: 'lưu trữ', en: 'archives'},
  digital: {id: 106, fr: 'numérique', vi: 'công nghệ số', en: 'digital'},
  photography: {id: 107, fr: 'photographie', vi: 'nhiếp ảnh', en: 'photography'},
  crafts: {id: 108, fr: 'artisanat', vi: 'thủ công', en: 'crafts'},
  apprenticeships: {id: 109, fr: 'apprentissage', vi: 'học nghề', en: 'apprenticeships'},
  museums: {id: 110, fr: 'musées', vi: 'bảo tàng', en: 'museums'},
  music: {id: 111, fr: 'musique', vi: 'âm nhạc', en: 'music'},
  festivals: {id: 112, fr: 'festivals', vi: 'lễ hội', en: 'festivals'},
  transport: {id: 113, fr: 'transports', vi: 'giao thông', en: 'transport'},
  portraits: {id: 114, fr: 'portraits', vi: 'chân dung', en: 'profiles'},
  health: {id: 115, fr: 'santé', vi: 'y tế', en: 'health'},
  food: {id: 116, fr: 'gastronomie', vi: 'ẩm thực', en: 'food'},
  port: {id: 117, fr: 'port', vi: 'cảng', en: 'port'},
  trade: {id: 118, fr: 'commerce', vi: 'thương mại', en: 'trade'},
  farming: {id: 119, fr: 'agriculture', vi: 'nông nghiệp', en: 'farming'},
  schools: {id: 120, fr: 'écoles', vi: 'trường học', en: 'schools'},
  cooperatives: {id: 121, fr: 'coopératives', vi: 'hợp tác xã', en: 'cooperatives'},
  jobs: {id: 122, fr: 'emploi', vi: 'việc làm', en: 'jobs'},
  energy: {id: 123, fr: 'énergie', vi: 'năng lượng', en: 'energy'},
  budget: {id: 124, fr: 'budget', vi: 'ngân sách', en: 'budget'},
  weather: {id: 125, fr: 'météo', vi: 'thời tiết', en: 'weather'},
  rail: {id: 126, fr: 'rail', vi: 'đường sắt', en: 'rail'},
  rescue: {id: 127, fr: 'secours', vi: 'cứu hộ', en: 'rescue'},
  participation: {id: 128, fr: 'démocratie locale', vi: 'dân chủ cơ sở', en: 'local democracy'},
  flooding: {id: 129, fr: 'inondations', vi: 'lũ lụt', en: 'flooding'},
  elections: {id: 130, fr: 'élections', vi: 'bầu cử', en: 'elections'},
  youth: {id: 131, fr: 'jeunesse', vi: 'thanh niên', en: 'young people'},
  cycling: {id: 132, fr: 'vélo', vi: 'xe đạp', en: 'cycling'},
  environment: {id: 133, fr: 'environnement', vi: 'môi trường', en: 'environment'},
  sport: {id: 134, fr: 'sport', vi: 'thể thao', en: 'sport'},
  design: {id: 135, fr: 'design', vi: 'thiết kế', en: 'design'},
};

/** Reporters; several sign more than one story, so "same author" has something to show. */
export const AUTHORS = {
  claire: {id: 2, name: 'Claire Morel', slug: 'claire-morel'},
  ha: {id: 3, name: 'Nguyễn Thu Hà', slug: 'nguyen-thu-ha'},
  daniel: {id: 4, name: 'Daniel Okafor', slug: 'daniel-okafor'},
  lea: {id: 5, name: 'Léa Martin', slug: 'lea-martin'},
  quan: {id: 6, name: 'Trần Minh Quân', slug: 'tran-minh-quan'},
  sofia: {id: 7, name: 'Sofia Reyes', slug: 'sofia-reyes'},
  paul: {id: 8, name: 'Paul Girard', slug: 'paul-girard'},
  ngoc: {id: 9, name: 'Lê Bảo Ngọc', slug: 'le-bao-ngoc'},
};

/** Fictional agencies; their sites live under the reserved example.* domains. */
export const AGENCIES = {
  aurelle: {url: 'https://example.org/aurelle-presse/', fr: 'Agence Aurelle Presse', vi: 'Thông tấn Aurelle', en: 'Aurelle Press Agency'},
  delta: {url: 'https://example.com/delta-info/', fr: 'Delta Info', vi: 'Delta Info', en: 'Delta Info'},
  nordsud: {url: 'https://example.net/nord-sud/', fr: 'Nord-Sud Médias', vi: 'Truyền thông Nord-Sud', en: 'Nord-Sud Media'},
};

/** "Photo: name / agency", as each language writes it. */
export const CREDIT = {
  fr: (who) => `Photo : ${who}`,
  vi: (who) => `Ảnh: ${who}`,
  en: (who) => `Photo: ${who}`,
};
