/**
 * A second look at the languages eld confuses or does not know. eld has one model for Malay and
 * Indonesian (it answers "ms" for both), none for Galician (which it calls Portuguese or
 * Spanish) or Bosnian (Croatian), and mixes up Norwegian and Danish, Serbian in Latin letters
 * and Croatian, Hindi and Marathi. tinyld and franc-min do no better on these pairs (tinyld has
 * no Malay, no Galician, no Croatian; franc-min no Galician, and it splits Indonesian and Malay
 * worse than the words below): docs/accuracy.md measures all three per pair. What does tell
 * them apart is a set of everyday words each writes differently ("bisa"/"boleh", "av"/"af",
 * "vreme"/"vrijeme", "unha"/"uma"/"una", "है"/"आहे").
 *
 * When the answer so far is one of a group's languages, each member's distinctive words are
 * counted in the comment; a member with more of them than every other member is the answer,
 * otherwise the answer stands. The lists were written from the languages' standard differences
 * and checked against the training programs' catalogue text (test/tools/tune-language.ts);
 * `npm run eval` reports other programs' catalogues.
 *
 * Serbian, Croatian and Bosnian share most words: Serbian writes "e" where the other two write
 * "ije"/"je" (vreme/vrijeme), and Serbian and Bosnian share words Croatian replaces (sistem/
 * sustav, tačka/točka, ko/tko). So Serbian's list holds the e-forms and the shared words,
 * Bosnian's the je-forms and the shared words, Croatian's the je-forms and its own words: two
 * signs make a winner where one would tie.
 *
 * No list holds "com": it is Portuguese for "with", and also every web address's ending.
 * Words are tokens as tokens.ts gives them: lower case, accents folded ("nao", "vrijeme", "sta").
 * Two words joined by "_" ("sama_ada", Malay for "whether") count as one sign when they follow
 * each other.
 */
import { foldAccents } from '../text';

interface Group {
  /** The answers (from the function-word pass or eld) that this group looks at again. */
  answers: readonly string[];
  /** Member language → its distinctive words. */
  markers: Readonly<Record<string, string>>;
  /**
   * The answer when the words do not decide, where the detector cannot tell the members apart
   * at all; otherwise the detector's answer stands.
   */
  undecided?: string;
}

const GROUPS: readonly Group[] = [
  {
    answers: ['ms', 'id'],
    // eld answers "ms" for both; Indonesian has several times Malay's speakers, and far more
    // of them comment on YouTube, Instagram and TikTok.
    undecided: 'id',
    markers: {
      id: `bisa enggak nggak gak ga engga gk banget aja udah sih dong deh kok kalian gue gua gw lo lu loe kamu kayak
        kaya gimana karena harus sebuah memiliki kesalahan pesan ukuran informasi bagian berkas uang bikin emang
        makasih silakan apakah ngga nih tuh yuk ayo bener keren perangkat jendela tombol ditemukan menampilkan
        ditampilkan didukung otomatis tampilkan kode galat cocok berisi diharapkan standar baku jalur nomor suatu
        opsi ekspresi menemukan mengabaikan berupa dikenal menjalankan menghapus dibutuhkan langsung tabel tipe
        daerah karakter referensi peringatan valid instruksi sandi unduh unggah layar gambar tautan pilihan
        mengunduh berhasil mengubah pengaturan pengkodean nonaktifkan ijinkan izinkan daftar isi masukan atur
        dimulai jawaban depan kualitas aktivitas universitas dicoba coba kata_sandi bilangan_bulat tidak_bisa
        tak_bisa keluaran jangkauan cabang paket waktu pohon diduga setelah konfigurasi otentikasi repositori
        perlihatkan dispesifikasikan mendukung penggabungan entri variabel terdefinisi citra dipakai berbeda
        tambalan pencarian diperbolehkan membutuhkan elemen rusak konstanta kolom apapun catatan layanan properti
        tambahkan arsip butuh mencoba tingkat menambahkan deskripsi dihapus saja jelek akses terduga ekstensi
        menguraikan judul butir mengembalikan kompatibel menset perpustakaan lingkungan terlacak kondisi bilah spasi
        bawaan memperbarui mengalokasikan menangani menata lainnya lisensi sertifikat penyangga sukses disini
        jaringan dukungan hasilkan memasang maksimal menyetel tandai bernilai berarti pembuatan pernyataan
        memindahkan setel menimpa dihasilkan mengharapkan diijinkan pembaruan perbarui terapkan bahwa tampilan
        kadaluarsa menolak melewati penghapusan impor metode antarmuka ditentukan mengatur selanjutnya diperbarui
        keamanan memakai sebutkan agar mencegah eksekusi menonaktifkan`,
      ms: `boleh nak je kat korang awak kau macam mahu tiada ialah iaitu kerana sahaja semasa selepas mempunyai patut
        samada wang cuba percuma semula maklumat kandungan senarai saiz ralat fail imej mesej skrin butang tetingkap
        bahagian kawasan kaedah wujud had sepadan dipaparkan lalai disokong dibenarkan mengandungi mencipta dijangka
        benarkan sila pautan laluan kekunci aksara lajur guna ia takde dah best gila giler camne cam palang
        pengepala wiget memuatkan mengufuk rentetan fon menegak sifat kolum diberi ingatan unsur alih papar melukis
        lekap menghurai pemecut sifar sempadan lumpuhkan kedudukan isyarat tatal mod tunjuk amaran rujukan arahan
        piawai jadual automatik memadam berjaya tetapan bagi dijumpai jumpa tukar bila sebenar tetapkan sebaliknya
        dlm tarikh membenarkan serentak dicuba takrif ditakrif dinyatakan dipetik bermula keserasian hadapan
        mengalih pengekodan jawapan kod universiti kualiti aktiviti sama_ada kata_laluan muat_turun muat_naik
        diterap kawal latarbelakang melitupi kapsyen penyahpepijatan penyahpepijat nyahaktif nyahpasang jangan_risau
        ditemui tajuk suai pengembang sampul nombor peranti pelayan jidar bukanlah opsyen sijil dalaman garisan
        jajaran volum pemilihan bait penimbal julat aras arkib awam sasaran bekas rangkaian mencukupi pengesahihan
        berbeza pemadatan mestilah pelarasan terpilih permulaan kebolehcapaian dicipta pinggir berkaitan strim
        baharu lesen perenggan setempat milisaat dilampirkan melaksanakan pepohon kawalan hos menukar togol
        berlawanan amaun gelintar paparan pengurus peruntuk pemegang pengendali dihidupkan cacat disisip rosak
        memaparkan lampiran medan anggap pembayang diletak kembang menyokong`,
    },
  },
  {
    answers: ['no', 'da'],
    markers: {
      no: `av hva nå ikkje noe noen mye veldig etter bli blir ble ut inn opp feil bruk bruker bruke brukes velg velge
        finnes fant nøkkel passord sånn meg deg seg fikk gikk takk tusen klarte mislyktes enn uten gjeldende
        tilgjengelig lenke lese lage endre verdi antall uttrykk inneholder støttes støttet kjør høyre nytt siste
        flytt`,
      da: `af hvad nu noget nogle meget efter blive bliver blev ud ind op fejl brug bruger bruge bruges vælg vælge
        findes fandt nøgle adgangskode sådan mig dig sig fik gik tak mislykkedes uden ugyldigt ukendt kræves kræver
        angivet indeholder understøttes understøttet oprette opret angiv indtast venligst godkendelse tilvalg
        udskriv afsnit værdi ændre læse læsning sætte sæt højre blevet tilgængelige`,
    },
  },
  {
    answers: ['hr', 'sr', 'bs'],
    markers: {
      sr: `vreme mesto mesta pre posle uvek gde ovde reč reči deo dela lepo lep lepa mleko dete deca vrednost vrednosti
        nedelja uspeo uspela uspelo primer primeri sistem sistema tačka tačno hiljada hiljade ko neko niko šta
        računar fajl fajla fascikla izaberite izaberi direktorijum sedmica hemija istorija opština porodica voz
        pozorište razumem razume verovatno podrazumevano podrazumevani nevažeći da_li mogu_da svet svetu sveta mesni
        mesnu obaveštenje obaveštenja višenamenski višenamenskog podrazumevane podrazumevana ikonice ikonica dugme
        dugmeta obezbedi obezbedim kog linija linije liniju opšti opštu opšte mašina mašinom fasciklu fascikle ekran
        ekranu`,
      hr: `vrijeme mjesto mjesta prije poslije uvijek gdje ovdje riječ riječi dio dijela lijepo lijep lijepa mlijeko
        dijete djeca vrijednost vrijednosti uspjelo uspjela uspio sustav sustava točka točno tisuća tisuće tko netko
        nitko računalo datoteka datoteke mapa postavke odaberite odaberi direktorij tjedan kemija povijest općina
        obitelj vlak kazalište zadano zadani nevaljani nevaljana popis uporaba inačica omogući onemogući ovjera
        je_li gumb gumba stroj opći opću opće općenito osigurati redak redaka retka kojeg izbornik izbornika zaslon
        zaslonu`,
      bs: `vrijeme mjesto mjesta prije poslije uvijek gdje ovdje riječ riječi dio dijela lijepo lijep lijepa mlijeko
        dijete djeca vrijednost vrijednosti uspjelo uspjela sistem sistema tačka tačno hiljada hiljade ko neko niko
        šta računar fajl sedmica hemija historija općina porodica voz pozorište hljeb lahko kahva da_li mogu_da
        dugme dugmeta linija linije liniju opšti opštu opšte mašina mašinom ekran ekranu`,
    },
  },
  {
    answers: ['pt', 'es', 'gl'],
    markers: {
      gl: `unha unhas non xa nun nunha dun dunha polo pola polos polas cando hai moi grazas tamén aquilo xeito xente
        sen posibel imposibel produciuse requirese xanela imaxe mensaxe fillo orde cabeceira traballo enderezo
        obxecto desprazamento cadea fallou puido vostede mellor noite coa coas cos estou teño ten`,
      pt: `não um uma umas em são você vocês muito muita também obrigado obrigada ainda quando possível impossível
        então estão isso sem janela imagem mensagem linha tamanho padrão versão opção opções informação endereço
        cabeçalho falhou conteúdo utilizador pelo pela tenho tem`,
      es: `el del al una unas es puede muy gracias también hay cuando posible imposible entonces eso esto ahora sin
        ventana imagen mensaje línea dirección cabecera falló contenido nombre archivo ya fue tengo tiene pudo donde`,
    },
  },
  {
    answers: ['hi', 'mr'],
    markers: {
      hi: `है हैं नहीं के की में का को से और यह ये था थे गया गई किया करें करने लिए पर भी हो रहा रही कर`,
      mr: `आहे आहेत नाही च्या मध्ये आणि हे ते होते झाले करा करण्यासाठी साठी व किंवा ही हा या तुम्ही आम्ही`,
    },
  },
];

// Token → per-group member index bit masks, built once. Words are folded as tokens.ts folds them.
const FOLD = (w: string) => foldAccents(w.toLowerCase());
const ANSWER_GROUP = new Map<string, number>();
/** First words of the two-word signs: only after one of these is the pair looked up. */
const PHRASE_HEADS = new Set<string>();
const WORD_MASKS: Map<string, number>[] = GROUPS.map((group, g) => {
  for (const answer of group.answers) ANSWER_GROUP.set(answer, g);
  const masks = new Map<string, number>();
  Object.values(group.markers).forEach((list, member) => {
    for (const entry of list.split(/\s+/)) {
      if (!entry) continue;
      const key = FOLD(entry.replace('_', ' '));
      if (entry.includes('_')) PHRASE_HEADS.add(key.split(' ')[0]!);
      masks.set(key, (masks.get(key) ?? 0) | (1 << member));
    }
  });
  return masks;
});
const MEMBERS: string[][] = GROUPS.map((group) => Object.keys(group.markers));

/** The languages the second look can answer. */
export const CLOSE_PAIR_LANGUAGES: readonly string[] = [...new Set(MEMBERS.flat())];

/**
 * How many of each member's distinctive words `words` hold, for the group `answer` is in
 * (null when it is in none): close-groups.ts adds them to its model's scores.
 */
export function markerHits(answer: string, words: readonly string[]): { members: readonly string[]; hits: number[] } | null {
  const g = ANSWER_GROUP.get(answer);
  if (g === undefined) return null;
  const members = MEMBERS[g]!;
  return { members, hits: countHits(g, words).slice(0, members.length) };
}

function countHits(g: number, words: readonly string[]): number[] {
  const masks = WORD_MASKS[g]!;
  const members = MEMBERS[g]!;
  const hits = [0, 0, 0];
  const n = Math.min(words.length, 60);
  for (let i = 0; i < n; i++) {
    const word = words[i]!;
    let mask = masks.get(word) ?? 0;
    if (i + 1 < n && PHRASE_HEADS.has(word)) mask |= masks.get(`${word} ${words[i + 1]!}`) ?? 0;
    for (let m = 0; m < members.length; m++) if (mask & (1 << m)) hits[m]! += 1;
  }
  return hits;
}

/**
 * The member of `answer`'s group whose distinctive words are more frequent in `words` than
 * every other member's, or `answer` itself when none is, or when it is in no group.
 */
export function closePairLanguage(answer: string, words: readonly string[]): string {
  const g = ANSWER_GROUP.get(answer);
  if (g === undefined) return answer;
  const members = MEMBERS[g]!;
  const hits = countHits(g, words);
  let best = -1;
  let top = 0;
  let tied = false;
  for (let m = 0; m < members.length; m++) {
    if (hits[m]! > top) {
      top = hits[m]!;
      best = m;
      tied = false;
    } else if (hits[m] === top && top > 0) tied = true;
  }
  if (best >= 0 && !tied) return members[best]!;
  return GROUPS[g]!.undecided ?? answer;
}
