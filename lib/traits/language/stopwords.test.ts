import { describe, expect, it } from 'vitest';
import { stopwordLanguage } from './stopwords';
import { tokenize } from '../tokens';

const quick = (text: string) => stopwordLanguage(tokenize(text).words);

describe('stopwordLanguage', () => {
  it.each([
    ['en', 'this is what I was looking for and it works'],
    ['es', 'me encanta este video y la música que pusiste'],
    ['pt', 'eu não sabia que isso era tão fácil, muito obrigado'],
    ['fr', "c'est trop bien, je ne savais pas que tu faisais ça"],
    ['de', 'ich habe das nicht gewusst, danke für die Erklärung'],
  ])('%s', (language, text) => {
    expect(quick(text)).toBe(language);
  });

  it.each([
    ['too few words', 'the and'],
    ['Danish, not in the lists', 'det er en god video og jeg har set den mange gange'],
    ['Tagalog', "Ang lahat ng tao'y isinilang na malaya at pantay-pantay sa karangalan at mga karapatan. Sila'y pinagkalooban ng katwiran at budhi at dapat magpalagayan ang isa'"],
    ['Swedish', 'lig rättegång, under vilken han åtnjutit alla för sitt försvar nödiga garantier. Ingen må dömas för handling eller underlåtenhet, som vid tidpunkten för dess be'],
    ['Polish', 'Wszyscy ludzie rodzą się wolni i równi pod względem swej godności i swych praw. Są oni obdarzeni rozumem i sumieniem i powinni postępować wobec innych w duchu b'],
    ['Indonesian', 'au direndahkan martabatnya. Setiap orang berhak atas pengakuan di depan hukum sebagai pribadi di mana saja ia berada. Semua orang sama di depan hukum dan berhak'],
    ['Catalan', "rnacional del país o del territori al qual pertanyi una persona, tant si és independent com si està sota administració fiduciària, si no és autònom, o està sota"],
    ['no function words', 'golazo increible messi'],
    ['a tie between close languages', 'que de la'],
  ])('leaves it to eld: %s', (_label, text) => {
    expect(quick(text)).toBeNull();
  });
});
