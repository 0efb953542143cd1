/**
 * The interest keywords in Indonesian, Italian, Turkish, Japanese, Korean, Hindi and Arabic, the
 * languages of some of the largest creator audiences after the five of interest-keywords.ts.
 * Written as there ("_" joins a phrase), plus a stem form: a keyword ending in "*" matches any
 * word it begins, for languages that glue endings and particles to the word (Turkish
 * "yemekleri", Korean "요리를"; Arabic words are read without their "ال", "و", "ب" prefixes).
 * Japanese is written without spaces, so its keywords are found inside the comment's runs of
 * Han and kana (interests.ts). Accents need not be folded here: interests.ts folds every list
 * as tokens.ts folds comments.
 */
import type { InterestCategory } from './interest-keywords';

export const MORE_INTEREST_KEYWORDS: Record<InterestCategory, string> = {
  beauty: `riasan skincare lipstik bedak maskara perawatan_kulit
    trucco rossetto fondotinta ciglia sopracciglia smalto capelli pelle
    makyaj ruj fondoten maskara cilt* kozmetik*
    化粧 メイク コスメ 口紅 スキンケア ファンデ
    화장* 메이크업* 립스틱* 스킨케어* 피부* 쿠션*
    मेकअप लिपस्टिक त्वचा स्किनकेयर
    مكياج* ميكب* احمر_شفاه بشرة* كريم*`,
  fashion: `baju gaun sepatu tas outfit busana fesyen
    vestito vestiti scarpe borsa abbigliamento stile
    elbise* ayakkabi* kiyafet* kombin* moda
    ファッション コーデ 服 ワンピース スニーカー
    패션* 코디* 옷* 원피스* 신발* 가방*
    फैशन कपड़े ड्रेस साड़ी जूते
    فستان* ملابس* موضة* حذاء* ازياء* عباية*`,
  fitness: `olahraga gym latihan diet_sehat otot
    palestra allenamento esercizi muscoli
    spor spor_salonu antrenman* egzersiz*
    筋トレ トレーニング ジム ダイエット 腹筋
    운동* 헬스* 다이어트* 근육* 필라테스*
    व्यायाम जिम कसरत योग
    رياضة* تمارين* جيم* عضلات* تمرين*`,
  food: `resep masak masakan makanan enak kue sarapan
    ricetta ricette cucina cucinare torta pasta delizioso buonissimo cena pranzo
    yemek* tarif* lezzetli* pasta* tatli* kahvalti*
    料理 レシピ 美味しい おいしい ケーキ ラーメン 弁当 ご飯
    요리* 레시피* 맛있* 음식* 먹방* 케이크*
    खाना रेसिपी स्वादिष्ट पकवान व्यंजन
    طبخ* وصفة* وصفات* اكل* لذيذ* طعام* حلويات*`,
  travel: `liburan jalan-jalan pantai wisata pesawat
    viaggio viaggiare vacanze spiaggia volo
    seyahat* tatil* plaj* gezi* ucak*
    旅行 観光 ホテル ビーチ 海外
    여행* 관광* 호텔* 해변* 비행기*
    यात्रा घूमना समुद्र छुट्टी
    سفر* سياحة* رحلة* فندق* شاطئ*`,
  gaming: `gamer main_game
    videogioco videogiochi giocare_a
    oyun* konsol*
    ゲーム ゲーマー 実況
    게임* 게이머* 배그*
    गेम गेमिंग
    العاب* لعبة* قيمر*`,
  tech: `teknologi hp laptop aplikasi komputer
    tecnologia telefono computer portatile programmazione
    teknoloji* telefon* bilgisayar* yazilim*
    スマホ パソコン アプリ ガジェット プログラミング
    스마트폰* 노트북* 컴퓨터* 아이폰*
    मोबाइल फोन लैपटॉप तकनीक
    تقنية* جوال* هاتف* كمبيوتر* برمجة*`,
  music: `lagu musik penyanyi konser gitar
    canzone canzoni musica cantante concerto chitarra
    sarki* muzik* sarkici* konser* gitar*
    音楽 歌手 ライブ ギター 歌詞
    노래* 음악* 가수* 콘서트*
    गाना गाने संगीत गायक
    اغنية* اغاني* موسيقى* مطرب* حفلة*`,
  sports: `sepak_bola bola pemain pertandingan
    calcio partita giocatore squadra campionato
    futbol* takim*
    サッカー 野球 試合 選手
    축구* 야구* 선수*
    क्रिकेट फुटबॉल मैच खिलाड़ी
    كرة* مباراة* لاعب* الدوري*`,
  parenting: `bayi hamil ibu_hamil balita
    bambino bambina bambini gravidanza incinta neonato mamma
    bebek* hamile* cocuk* anne_olmak
    赤ちゃん 育児 妊娠 子育て ママ
    아기* 육아* 임신* 엄마*
    बच्चा बच्चे गर्भवती
    طفل* اطفال* حامل* امومة* رضيع*`,
  pets: `kucing anjing peliharaan anak_kucing
    cane cani gatto gatti cucciolo gattino
    kedi* kopek* yavru*
    猫 犬 ねこ いぬ 子猫 ペット
    고양이* 강아지* 반려*
    कुत्ता बिल्ली पालतू
    قطة* قطط* كلب* حيوان_اليف`,
  'home-garden': `dekorasi rumah taman tanaman perabot
    arredamento giardino piante casa_nuova
    dekorasyon* bahce* bitki* mobilya*
    インテリア 家具 ガーデニング 観葉植物
    인테리어* 가구* 식물* 정원*
    सजावट बगीचा पौधे फर्नीचर
    ديكور* حديقة* نباتات* اثاث*`,
  finance: `uang investasi saham tabungan keuangan
    soldi investire investimento risparmio
    yatirim* birikim*
    投資 株価 お金 貯金 節約
    투자* 주식* 재테크* 저축* 코인*
    पैसा निवेश शेयर बचत
    استثمار* اسهم* فلوس* ادخار*`,
  education: `belajar sekolah kuliah ujian
    studiare scuola universita esame professore
    ders* okul* sinav* universite* ogretmen*
    勉強 学校 大学 試験 受験
    공부* 학교* 대학* 시험* 수능*
    पढ़ाई स्कूल परीक्षा कॉलेज
    دراسة* مدرسة* جامعة* امتحان* اختبار*`,
  entertainment: `film drama sinetron aktor
    film serie attore attrice puntata
    dizi* film* bolum*
    映画 アニメ ドラマ 漫画 芸能
    드라마* 영화* 예능* 아이돌* 배우*
    फिल्म सीरियल अभिनेता बॉलीवुड
    فيلم* افلام* مسلسل* ممثل*`,
  health: `kesehatan sehat dokter cemas
    salute medico ansia terapia
    saglik* doktor* kaygi* terapi*
    健康 病院 睡眠 メンタル
    건강* 병원* 수면* 스트레스*
    स्वास्थ्य डॉक्टर सेहत
    صحة* طبيب* قلق* علاج*`,
  outdoors: `mendaki gunung berkemah alam
    montagna escursione campeggio natura pesca
    dag kamp doga balik_tutmak
    登山 キャンプ 釣り 自然
    등산* 캠핑* 낚시* 자연*
    पहाड़ कैंपिंग प्रकृति
    جبال* تخييم* طبيعة* صيد_السمك`,
  'art-design': `seni lukisan menggambar ilustrasi
    arte disegno pittura illustrazione
    sanat* resim* cizim* tasarim*
    イラスト デザイン 美術 絵画
    그림* 일러스트* 디자인* 미술*
    कला चित्र पेंटिंग
    فن رسم لوحة* تصميم*`,
  business: `bisnis usaha jualan pemasaran
    azienda imprenditore vendite clienti
    isletme* girisim* satis* musteri*
    ビジネス 起業 経営 マーケティング
    사업* 창업* 마케팅*
    व्यापार बिजनेस धंधा
    تجارة* مشروع* تسويق* عملاء*`,
  automotive: `mobil motor otomotif
    macchina automobile motore moto
    araba* otomobil* motor* motosiklet*
    自動車 愛車 バイク エンジン
    자동차* 오토바이* 엔진*
    गाड़ी कार बाइक
    سيارة* سيارات* محرك* دراجة_نارية`,
};
