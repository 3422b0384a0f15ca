/**
 * The word lists the text rooms run on, kept as data in one place. They describe how news copy is
 * written in English (speech verbs, job titles, organisation words, months), never who is in any
 * particular corpus: no person's name or quoted phrase belongs here. Names of places, first names
 * and known organisations come from published resources (gazetteer.ts), not from here.
 */

const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter(Boolean));

/**
 * Verbs that introduce what someone said, in every form news copy uses. A quotation is attributed
 * to the subject of the nearest of these. This is the floor: WordNet's verbs of telling and saying
 * (text/reporting-verbs.ts) add the rest, through quotes/speech-verbs.ts.
 */
export const SPEECH_VERBS: ReadonlySet<string> = words(`
  say says said saying tell tells told telling add adds added adding
  reply replies replied replying argue argues argued arguing call calls called calling
  describe describes described describing explain explains explained explaining
  insist insists insisted insisting warn warns warned warning claim claims claimed claiming
  stated quoted conclude concludes concluded concluding reveal reveals revealed revealing
  continued continues announce announces announced announcing declare declares declared declaring
  noted noting ask asks asked asking answer answers answered answering
  respond responds responded responding concede concedes conceded conceding
  admit admits admitted admitting acknowledge acknowledges acknowledged acknowledging
  recalled recalling remark remarks remarked remarking comment comments commented commenting
  observe observes observed observing stressed stressing
  emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing
  maintain maintains maintained maintaining write writes wrote writing
  tweet tweets tweeted tweeting posted predict predicts predicted predicting
  urge urges urged urging promise promises promised promising vow vows vowed vowing
  pledge pledges pledged pledging complain complains complained complaining
  confirm confirms confirmed confirming deny denies denied denying
  assert asserts asserted asserting countered quip quips quipped quipping joke jokes joked joking
  exclaim exclaims exclaimed exclaiming shout shouts shouted shouting
  reiterate reiterates reiterated reiterating according report reports reported reporting
`);

/** Verbs of thinking that give a view as speech verbs give words ('…, Mr Roe believes.'), in forms seldom read as nouns ('a thought'). */
export const COGNITION_VERBS: ReadonlySet<string> = words(`believe believes believed believing think thinks reckon reckons reckoned reckoning estimated estimating feel feels felt expects suspects doubts agrees accepts`);

/**
 * Speech verbs that name where a report came from rather than who spoke ('according to the
 * Gazette', 'the Herald reported'): they attribute only when they point at a person, otherwise the search for
 * the speaker goes on.
 */
export const WEAK_SPEECH_VERBS: ReadonlySet<string> = words(`according report reports reported reporting`);

/** Role nouns that head a title before a name ('Finance Minister X', 'trade negotiator X'); 'agent' to 'promoter' found on the archive (sixth pass). */
export const TITLE_HEADS: ReadonlySet<string> = words(`
  president vice-president premier minister secretary representative negotiator envoy ambassador
  leader senator sen congressman congresswoman congressmember representative rep governor mayor
  councillor councilor councilman councilwoman alderman chancellor chairman chairwoman chair chairperson
  director executive ceo cfo coo cto founder co-founder cofounder spokesperson spokesman spokeswoman
  commissioner admiral colonel captain lieutenant sergeant inspector detective superintendent
  judge attorney lawyer barrister solicitor professor prof dr doctor economist analyst strategist
  coach manager king queen prince princess pope bishop archbishop cardinal rabbi imam reverend rev
  sheikh emir sultan tycoon businessman businesswoman billionaire campaigner activist author novelist
  writer journalist correspondent editor researcher scientist deputy adviser advisor aide counsel
  lawmaker legislator mp mep nurse surgeon physician teacher headteacher headmaster headmistress
  principal chief commander marshal officer economist
  trader investor player striker forward winger midfielder defender goalkeeper referee pundit
  boss skipper keeper wing fly-half full-back scrum-half flanker hooker champion runner sprinter
  athlete cyclist golfer boxer bowler batsman jockey trainer
  commentator presenter host anchor broadcaster singer actor actress star comedian comic rapper
  drummer guitarist bassist frontman vocalist songwriter composer dancer entertainer playwright poet student
  musician artist designer architect engineer farmer fisherman pilot agent prop seed physio producer controller owner promoter
  diplomat envoy consul ombudsman regulator auditor prosecutor governor-general premier-elect
  president-elect secretary-general dean provost rector vicar priest pastor justice coordinator co-ordinator
`);

/**
 * Speech verbs after which a name is the listener, not the speaker ('told Sky News', 'called
 * Smith'): they never take an inverted subject.
 */
export const NON_INVERTING_VERBS: ReadonlySet<string> = words(`tell tells told telling call calls called calling describe describes described describing urge urges urged urging ask asks asking answer answers answered answering`);

/** What sport and arts copy calls someone in place of a post ('the Chelsea star', 'the Holland international'): whom the story is about. */
export const EPITHET_NOUNS: ReadonlySet<string> = words(`star international debutant youngster teenager newcomer rookie veteran winner finalist medallist runner-up favourite hopeful`);

/** Courtesy titles written straight before a name. */
export const HONORIFICS: ReadonlySet<string> = words(`mr mrs ms miss mx dr prof sir dame lord lady baroness baron rev rt fr`);

/**
 * Words that may stand inside a title before its head ('Deputy Finance Minister', 'top trade
 * negotiator', 'former governor'); capitalised words are accepted there too.
 */
export const TITLE_MODIFIERS: ReadonlySet<string> = words(`
  former acting interim top senior junior deputy chief vice new then late outgoing incoming
  international national local federal regional provincial municipal city state trade economic
  foreign finance treasury commerce health defence defense home interior justice education labour
  labor energy climate environment environmental agriculture transport housing security nuclear
  public prime general executive assistant associate principal lead managing retired veteran media
  business hospital police party opposition government union campaign press communications
  reunification digital technology science culture sports tourism industry development
  financial monetary fiscal budget policy legal medical clinical research head co chief-executive
  club team general-secretary assembly senior-most longtime long-time cabinet shadow affairs
`);

/** Words that make a post another post: 'Deputy Prime Minister' is not 'the prime minister', nor 'Shadow Chancellor' 'the chancellor'. */
export const RANK_MODIFIERS: ReadonlySet<string> = words(`deputy vice shadow assistant junior`);

/** Role words naming people who speak without being named ('a spokesperson said', 'residents said'). */
export const UNNAMED_PEOPLE: ReadonlySet<string> = words(`
  spokesperson spokesman spokeswoman spokespeople official officials source sources aide aides
  analyst analysts expert experts observer observers resident residents witness witnesses
  protester protesters protestor protestors critic critics supporter supporters campaigner campaigners
  activist activists staff employee employees worker workers people person man woman men women
  someone somebody anyone nobody everyone neighbour neighbor neighbours neighbors diplomat diplomats
  minister ministers lawmaker lawmakers member members leader leaders executive executives
  representative representatives negotiator negotiators officer officers police investigators
  researchers scientists doctors nurses teachers parents students voters fans viewers readers
`);

/** Bodies and documents that make statements without a person named ('the ministry said', 'a report said'). */
export const UNNAMED_BODIES: ReadonlySet<string> = words(`group company firm ministry department agency government administration council committee board office organisation organization union party hospital school university statement report study survey poll document letter release`);

/** Everyone and everything that speaks unnamed. */
export const UNNAMED_SPEAKERS: ReadonlySet<string> = new Set([...UNNAMED_PEOPLE, ...UNNAMED_BODIES]);

/** Organisation and place words ('Office', 'Party', 'Street'). */
const ORG_WORD_LIST = words(`
  news agency press times post journal herald gazette tribune daily weekly network tv radio broadcasting media group
  company co corp corporation inc ltd plc llc gmbh bank fund trust foundation institute university college school
  academy hospital clinic council committee commission board authority office department ministry administration
  government parliament congress senate house assembly court party union association federation league club team
  society organisation organization alliance coalition forum summit conference centre center library libraries museum
  airport airlines airways street road avenue square park city county state states republic kingdom island islands
  province region district valley river bay sea ocean mountain mountains force forces army navy police service
  services holdings partners capital securities exchange market markets index program programme project initiative
  act bill treaty accord agreement day year week cup games olympics championship convention station wire reuters
  industries technologies systems motors energy airlines church cathedral mosque temple embassy consulate tower
  bridge hall palace stadium arena prize award awards festival show series magazine zone region peninsula strait gulf
  canal
`);

/** Words that end sports clubs' names: a team is never a speaker, nor part of a person's name. */
export const TEAM_WORDS: ReadonlySet<string> = words(`united rovers athletic wanderers albion rangers hotspur harlequins saracens wasps`);

/** Organisation, place and team words: a capitalised run holding one of these is not a person. */
export const ORG_WORDS: ReadonlySet<string> = new Set([...ORG_WORD_LIST, ...TEAM_WORDS]);

/** People (and statements) that speak for a body, whose words are the body's ('a Home Office spokesman said', 'an IAAF statement said'). */
export const SPOKES_WORDS: ReadonlySet<string> = words(`spokesman spokeswoman spokesperson spokespeople official officials source sources statement`);

/** Nouns a report takes a named body up by ('"…," the firm said'); not documents ('the letter') nor governments, which no reader gives the last body named. */
export const BODY_NOUNS: ReadonlySet<string> = words(`
  company firm group club bank agency paper newspaper magazine broadcaster network channel carrier airline retailer insurer reinsurer lender maker
  manufacturer producer supplier operator chain giant watchdog regulator charity organisation organization union association federation body
  institute studio label publisher developer bidder conglomerate business corporation`);

/** Last words of a body's name that stand for the one body of the article named with them ('the Commission', 'the ministry'). */
export const ORG_HEADS: ReadonlySet<string> = words(`commission ministry department agency bank party union council committee board authority company corporation group trust foundation institute federation association league society club government parliament`);

/** Documents a body speaks through, printed with its name ('a World Bank report') and then alone ('"…," the report said'). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = words(`report study survey review letter statement submission`);
/** Last words of laws' names: 'the Prevention of Terrorism Bill proposes "control orders"' quotes a law's term, and a law is no speaker. */
export const LAW_WORDS: ReadonlySet<string> = words(`bill act treaty accord`);

/** Forms of 'be': after one a preposition names an agent or a recipient ('was put to X', 'is shared by X'), who the sentence is about. */
export const BE_FORMS: ReadonlySet<string> = words(`be is are was were been being`);

/** Those who speak for a body in person; 'he' or 'she' can take one of them up ('The X spokeswoman said… "…," she added'). */
export const SPOKESPERSONS: ReadonlySet<string> = words(`spokesman spokeswoman spokesperson`);

/** Words that qualify a spokesperson without naming whose they are ('the official spokesman', 'a senior spokeswoman'). */
export const SPOKES_QUALIFIERS: ReadonlySet<string> = words(`official chief press senior deputy former`);

/**
 * Offices whose holder's spokesperson British copy names after the office's seat ('the prime
 * minister's official spokesman' is Downing Street): folded office → folded seat.
 */
export const OFFICE_SEATS: ReadonlyMap<string, string> = new Map([
  ['prime minister', 'downing street'],
  ['pm', 'downing street'],
]);

/**
 * The body a party's adjective or nickname stands for when its spokesperson speaks ('a Tory
 * spokesman' speaks for the Conservative Party): folded words → folded name of the party.
 */
export const PARTY_BODIES: ReadonlyMap<string, string> = new Map([
  ['tory', 'conservative party'], ['conservative', 'conservative party'],
  ['labour', 'labour party'],
  ['lib dem', 'liberal democrats'], ['liberal democrat', 'liberal democrats'],
  ['ukip', 'uk independence party'], ['snp', 'scottish national party'], ['green', 'green party'],
]);

/** Compass words that start place names ('North Dakota', 'West Virginia'), not people's names. */
export const PLACE_PREFIXES: ReadonlySet<string> = words(`north south east west northern southern eastern western central upper lower greater new southeast southwest northeast northwest`);

/** Abbreviated month names, as written before a date ('Nov. 3'). */
export const MONTH_ABBREVIATIONS: ReadonlySet<string> = words(`jan feb mar apr jun jul aug sep sept oct nov dec`);

/** Day and month names: capitalised, but never part of a person's name. */
export const CALENDAR_WORDS: ReadonlySet<string> = new Set([
  ...words(`monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december`),
  ...MONTH_ABBREVIATIONS,
]);

/** Country names the country lists leave out: the nations of the UK, their collective names, and 'US'. */
export const HOME_NATIONS: ReadonlySet<string> = new Set(['england', 'scotland', 'wales', 'northern ireland', 'britain', 'great britain', 'uk', 'us']);

/** Their adjectives, which compromise's demonym list also lacks. */
export const HOME_NATION_ADJECTIVES: ReadonlySet<string> = words(`british english scottish welsh irish cornish`);

/**
 * Party names and their adjectives ('Tory', 'Lib Dem', 'Labour'): they head titles and
 * statements but never name a person.
 */
export const PARTY_WORDS: ReadonlySet<string> = words(`labour tory tories conservative conservatives lib dem dems liberal liberals democrat democrats republican republicans ukip snp plaid green greens unionist unionists nationalist nationalists socialist socialists communist communists`);

/** Lower-case particles inside names ('Ana da Costa', 'van der Berg', 'Tariq ul Haq'). */
export const NAME_PARTICLES: ReadonlySet<string> = words(`da de del della den der di dos du van von ul al el bin ibn la le ter ten y`);

/** Subject pronouns that can stand for a person who said something. */
export const PERSON_PRONOUNS: ReadonlySet<string> = words(`he she`);
/** Words that may sit between a subject and its speech verb ('Okafor also said', 'she has said'). */
export const SKIP_BEFORE_VERB: ReadonlySet<string> = words(`
  also has have had was is were would will could should may might did does do then later again
  further previously earlier repeatedly reportedly once recently already quickly simply publicly
  privately separately still often frequently never not just only now finally initially
  subsequently flatly bluntly since meanwhile however though too instead today yesterday tonight
  due expected likely going poised scheduled set
  himself herself personally
`);

/**
 * Letters printed after a name for an honour, a rank or a seat ('Guy Roe QC', 'Ann Doe MSP'):
 * part of the name's description, never a speaker of their own.
 */
export const POST_NOMINALS: ReadonlySet<string> = words(`qc kc mp msp mep mla am obe mbe cbe kbe jr jnr snr phd`);

/** Words that may stand between a speech verb and the quotation it opens ('told reporters: "…"'). */
export const BLOCK_BEFORE_QUOTE: ReadonlySet<string> = words(`that if whether what how why when as because while although though which who`);

/** Words opening a relative clause set off after a description ('X, founder of Y, which backs Z, said'). */
export const RELATIVE_WORDS: ReadonlySet<string> = words(`which who whose where`);
/** Words that may open a sentence before its subject's name and titles ('But Labour MSP Jane Roe, …', 'Meanwhile Ann Doe, …'). */
export const DESCRIPTION_OPENERS: ReadonlySet<string> = words(`and but so yet or meanwhile however also`);

/** Words opening a sentence that goes on about the one before ('The three-day event…', 'He…'). */
export const CONTINUING_OPENERS: ReadonlySet<string> = words(`the this these those such he she it they his her its their`);
/** Determiners and pronouns that make the next capitalised word ordinary, not a name. */
export const DETERMINERS: ReadonlySet<string> = words(`a an the this that these those his her their its our my your some any each every no`);

/** Words right before a quotation that mark it as a name, a title or a sign, not speech ('nicknamed "The Hammer"', 'banners reading "…"'). */
export const NAMING_CUES: ReadonlySet<string> = words(`nicknamed dubbed named titled entitled labelled labeled branded reading read reads slogan motto hashtag codenamed code-named`);

/** Things that carry words nobody says aloud: quotations near them are inscriptions. */
export const SIGN_NOUNS: ReadonlySet<string> = words(`placard placards sign signs banner banners poster posters slogan slogans t-shirt t-shirts shirt shirts sticker stickers graffiti hashtag headline headlines caption billboard billboards flag flags`);

/** Nouns after a quoted title that show it names a work or programme ('"Morning Round-up" program'). */
export const MEDIA_NOUNS: ReadonlySet<string> = words(`program programme show series film movie book novel album song podcast documentary column newspaper magazine play musical exhibition campaign app website blog report episode`);

/** Short words that stay lower case in a title ('Voice of the People', 'Hands Off Our Library'). */
export const TITLE_SMALL_WORDS: ReadonlySet<string> = words(`a an the of and or in on at to for with by from as de la nor but per via vs`);

/** Small words that can open a sentence in capitals but never start a name on their own. */
export const FUNCTION_WORDS: ReadonlySet<string> = words(`
  a an the this that these those his her their its our my your some any each every no
  he she it we they i you him them us me who whom which what when where why how
  in on at as and but or nor if for with by from to of into onto over under after before
  during while since until than then so yet also not all both either neither such there here
  is are was were be been being has have had do does did will would can could should may might must
  amid among about against along around across behind beyond despite following including like near
  per through throughout toward towards upon via within without meanwhile however earlier later
  separately asked according aboard
`);

/** Words that make "how much …" ask for a sum of money ('how much did she pay', 'how much is it worth'). */
export const MONEY_WORDS: ReadonlySet<string> = words(`
  pay paid pays paying cost costs costing earn earns earned earning earnings worth spend spends spent
  spending sell sells sold buy buys bought charge charged charges fine fined fee fees salary wage wages
  invest invested raise raised bid offer offered owe owes owed price prize money`);

/** Currency words written after a figure ('3,000 euros'). */
export const CURRENCY_WORDS: ReadonlySet<string> = words(`dollar dollars pound pounds euro euros yen franc francs rupee rupees yuan rouble roubles pence cent cents`);

/** Prepositions that point at a place ('in the port city of Busan', 'at Mottram Hall'): where a 'where' answer stands. */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = words(`in at to from near outside inside into across around throughout via toward towards`);

/** Nouns that ask for a person's title ('what is X's job'): the answer names the role, not these words. */
export const ROLE_WORDS: ReadonlySet<string> = words(`job role occupation profession`);
/** Verbs whose 'over' is a particle, no reason ('took over the job', 'won over Graz', 'handed over'). */
export const OVER_PARTICLE_VERBS: ReadonlySet<string> = words(`take takes took taken taking hand hands handed handing win wins won winning pass passed passing turn turned turning move moved moving start started lead all`);

/**
 * Nouns that name the kind of answer a keyword query wants ('napster monthly cost', 'poll
 * winner', 'ban length'): a query without a question word says it with one of these.
 */
export const KIND_NOUNS: ReadonlyMap<string, 'money' | 'duration' | 'quantity' | 'name' | 'time' | 'age' | 'place'> = new Map([
  ...[...words(`cost costs price prices fee fees takings earnings salary wage wages fine value worth revenue revenues profit profits`)].map((w) => [w, 'money'] as const),
  ...[...words(`length duration term sentence`)].map((w) => [w, 'duration'] as const),
  ...[...words(`total figure figures number count tally turnout`)].map((w) => [w, 'quantity'] as const),
  ...[...words(`winner winners name`)].map((w) => [w, 'name'] as const),
  ...[...words(`date deadline`)].map((w) => [w, 'time'] as const),
  ...[...words(`age`)].map((w) => [w, 'age'] as const),
  ...[...words(`venue location`)].map((w) => [w, 'place'] as const),
]);
