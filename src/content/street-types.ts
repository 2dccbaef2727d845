/**
 * Street types of the languages that put the house number first (`13 Linden Close`, `14 Rue de la
 * Paix`): one table for the shelter guard's number rule (./harmless-numbers.ts), which reads a
 * number followed by capitalised words as a count (`8 Frauen`) unless a street type stands among them.
 *
 * Data, lower case, as read:
 * - `TRAILING_STREET_TYPES`, the word after the name (`Linden Close`, `Market Square`): the primary
 * street suffix names of USPS Publication 28, Appendix C1 "Street Suffix Abbreviations" (a work of
 * the US government, public domain; https://pe.usps.com/text/pub28/28apc_002.htm; checked name by
 * name against the 206 primary names on 2026-12-01), two of its common forms (Allee, Anex), the British
 * spellings, plus the thoroughfare descriptors of Royal Mail's Postcode Address File that USPS lacks
 * (Close, Mews, Parade, Rise, Yard, Wharf, Quay, Gate, Villas, Approach, Croft, Chase, Vale …;
 * Royal Mail "Programmers' Guide to PAF", thoroughfare descriptors). Left out: suffix names that are
 * ordinary counted nouns in a title (`3 Language Courses`, `24 Hour Club`): Club, Course, Courses,
 * Key, Keys, Land, Light, Lights, Mission, Pass, Point, Points, Rest, Run, Station, Trailer, Union, Unions,
 * Ways, Well, Wells, and from PAF Link, Steps (`3 Day Pass`, `10 Key Points`, `5 Easy Steps`, `3 Simple Ways`).
 * - `LEADING_STREET_TYPES`, the word before the name (`Rue de la Paix`, `Avenue Victor Hugo`,
 * `Via Roma`, `Calle Mayor`, `Place du Marché`, `Carrer Major`): French, Italian, Spanish, Catalan, Portuguese and Romanian
 * street types that follow the number in those languages' usage.
 */
const list = (text: string): ReadonlySet<string> => new Set(text.split(/\s+/).filter(Boolean));

export const TRAILING_STREET_TYPES: ReadonlySet<string> = list(`
  alley allee annex anex arcade avenue bayou beach bend bluff bluffs bottom boulevard branch bridge brook brooks burg burgs bypass
  camp canyon cape causeway center centers centre circle circles cliff cliffs common commons corner corners court courts cove coves
  creek crescent crest crossing crossroad crossroads curve dale dam divide drive drives estate estates expressway extension extensions
  fall falls ferry field fields flat flats ford fords forest forge forges fork forks fort freeway garden gardens gateway glen glens
  green greens grove groves harbor harbors harbour harbours haven heights highway hill hills hollow inlet island islands isle junction
  junctions knoll knolls lake lakes landing lane loaf loop lock locks lodge mall manor manors meadow meadows mews mill mills motorway
  mount mountain mountains neck orchard oval overpass park parks parkway parkways passage path pike pine pines place plain plains
  plaza port ports prairie radial ramp ranch rapid rapids ridge ridges river road roads route row rue shoal shoals shore
  shores skyway spring springs spur spurs square squares stravenue stream street streets summit terrace throughway trace track
  trafficway trail tunnel turnpike underpass valley valleys viaduct view views village villages ville vista walk walks wall way 
  approach avenues broadway buildings chase circus cloisters close copse cottages courtyard croft crossway dene drove embankment end
  fold garth gate gates glade grange heath hey ings lawn lawns lea leys mansions market mead nook paddock parade piazza precinct
  promenade quay quays retreat ridings rise side spinney strand vale villas walkway wharf wood woods wynd yard
`);

/**
 * Abbreviated forms of the trailing street types (`14 Linden Cl.`, `2 Oak St`, `5 Mill Rd`): every
 * other form USPS Publication 28, Appendix C1 lists beside each primary name ("commonly used" and
 * "Postal Service standard" abbreviations, public domain, same page as above), and the thoroughfare
 * abbreviations of British and Australian addresses (Cl, Cls, Clse, Crt, Cr, Pde, Gv, Gr, Tce, Esp,
 * Wlk, Wk, Cct, Crn, Cnr, Bvd, Pk, Mw, Mws, Gte, Pth, Rdwy, Ri, Ent, Qy, Prom, Rnd, Dve, Lne, Brae,
 * Bwlk) with Cross and Reach. A form that is also a word or an abbreviation of its own (Is, Est, Vw,
 * Xing, Dr, Gr., Hl., Br., LK …) is one all the same: a number, one or two capitalised words and the
 * form are an address in any language (outside tester, session 13: `14 Linden Xing` passed). Left
 * out only: DM, Cent and PLZ, whose German readings follow counts every day (`5 Mio DM`, `3 Euro
 * Cent`, `5 Stellen PLZ`). Never after a year, and `St.` before a capitalised word that is no place
 * is Sankt (`2 Kirchengemeinden St. Johannis`; harmless-numbers.ts `streetAt`).
 */
export const TRAILING_STREET_TYPE_ABBREVIATIONS: ReadonlySet<string> = list(`
  ally aly annx anx arc av ave aven avenu avn avnue bayoo bch bgs blf blfs bluf blvd bnd bottm boul
  boulv brdge brg brk brks brnch btm byp bypa bypas byps byu canyn causwa cen centr cir circ circl
  cirs clf clfs cmn cmns cmp cnter cntr cnyn cor cors cpe crcl crcle cres crk crsent crsnt crssng
  crst cswy ct ctr ctrs cts curv cvs cyn dr driv drs drv ests expr expw expy extn extnsn exts fld
  flds fls flt flts forests forg frd frds freewy frg frgs frk frks frry frst frt frway frwy ft fwy
  gardn gatewy gatway gdn gdns gln glns grden grdn grdns grn grns grov grv grvs gtway gtwy harb
  harbr hbr hbrs highwy hiway hiwy hllw hls hollows holw holws hrbor hts hvn hway hwy inlt isles
  islnd islnds jct jction jctn jctns jcts junctn juncton knl knls knol lck lcks ldg ldge lf lks ln
  lndg lndng lodg loops mdw mdws medows mls mnr mnrs mnt mntain mntn mntns mountin mt mtin mtn mtns
  mtwy nck opas orch orchrd ovl parkwy paths pikes pkway pkwy pkwys pky pl pln plns plza pne pnes
  prk prr prt prts psge radiel radl ranches rd rdg rdge rdgs rds riv rivr rnch rnchs rpd rpds rte
  rvr shl shls shoar shoars shr shrs skwy smt spg spgs spng spngs sprng sprngs sq sqr sqre sqrs sqs
  squ st str stra strav straven stravn streme strm strt strvn strvnue sts sumit sumitt ter terr tpke
  traces tracks trails trak trce trfy trk trks trl trls trnpk trwy tunel tunl tunls tunnels tunnl
  turnpk upas vally vdct viadct vill villag villg villiage vist vl vlg vlgs vlly vly vlys vst vsta
  vws wy xrd xrds cl cls crt cr pde gv tce esp wlk cct crn bvd clb crse ky kys lgt lgts missn msn
  mssn pt pts rst sta statn stn trlr trlrs un uns wl wls is iss est exp express ext via vis div br
  dvd cv vw xing rad pr cp dl dv ml ht bot fry hl lk bg gr pk wk mw mws gte pth rdwy ri cnr ent qy
  prom rnd dve lne brae bwlk clse cross reach
`);

export const LEADING_STREET_TYPES: ReadonlySet<string> = list(`
  rue avenue boulevard bd place allée allee chemin impasse quai cours route passage square voie sentier
  via viale piazza piazzale corso vicolo largo strada calle avenida paseo plaza camino carrera rua travessa praça praca
  strada bulevardul calea aleea șoseaua soseaua piața piata carrer avinguda passeig plaça
`);

/**
 * Street labels of the site's languages and their neighbours, as `readable` spells them (Cyrillic
 * and Greek transliterated the German way; the location finder compares their Latin skeletons):
 * "ul. Lenina 5", "οδός … 5", "Atatürk Cad. No: 5", "شارع … ٥", "5 rue …". Ambiguous abbreviations
 * ("St." is Sankt, "al", "per", "pr") are left out.
 */
export const STREET_LABEL_WORDS: readonly string[] = [
  'ul', 'uliza', 'wul', 'wuliza', 'wulizja', 'prospekt', 'pereulok', 'prowulok', 'bulwar', 'schosse', 'ploschtschad', 'ploschtscha', 'nabereschnaja', 'odos', 'leoforos', 'plateia',
  'sokak', 'sokagi', 'sokağı', 'sok', 'cadde', 'caddesi', 'cad', 'mahallesi', 'mah', 'bulvar', 'bulvari', 'bulvarı', 'ulica', 'ulicy', 'aleja', 'aleje', 'plac', 'osiedle',
  'street', 'road', 'avenue', 'lane', 'rue', 'boulevard', 'chemin', 'calle', 'strada', 'شارع', 'طريق', 'خیابان', 'کوچه', 'بلوار', 'خيابان',
  // Lanes and alleys of Arabic and Persian: "زقاق الزيزفون رقم ١٣", "کوی لاله ۵" (guard17).
  'زقاق', 'حارة', 'جادة', 'کوی', 'كوچه',
];

/**
 * More street types of the site's languages (guard18, issue #13 §1): ru/uk dead end, passage, alley,
 * square, descent; pl square, roundabout; ro quay, entry, square, alley; ar/fa lane, square, motorway.
 * Each is also a common word or title ("Rondo", "Майдан"), so it names a street only with a name.
 */
export const NAMED_STREET_LABEL_WORDS: readonly string[] = ['тупик', 'проезд', 'проїзд', 'аллея', 'алея', 'майдан', 'узвіз', 'skwer', 'rondo', 'splaiul', 'intrarea', 'piața', 'piata', 'aleea', 'درب', 'ميدان', 'میدان', 'بزرگراه', 'اتوبان'];

/** Abbreviated street types that name a street only with their full stop and a capitalised name after them ("al. Lipowa 13", "пр-т", "вул."): see location-finder.ts. */
export const DOTTED_LABEL_WORDS_BEFORE: readonly string[] = ['mkr', 'bld', 'intr', 'spl', 'avda', 'ش', 'خ', 'ک', 'ك', 'al', 'od', 'os', 'pl', 'bd', 'bdul', 'blvd', 'str', 'șos', 'sos', 'cal', 'av', 'per', 'pr', 'prosp', 'prow', 'wul', 'bul', 'bulw', 'sch', 'nab'];

/** The same after a capitalised name: "Ihlamur Sk. No:13", "Atatürk Bulv. 5", "Липовый пер., 13". */
export const DOTTED_LABEL_WORDS_AFTER: readonly string[] = ['cd', 'sk', 'sok', 'cad', 'mah', 'bulv', 'blv', 'per', 'pr', 'prosp', 'pl', 'sch', 'nab', 'bul'];
