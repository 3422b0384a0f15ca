/**
 * The attribution mechanisms, one name and one line on what it does each, in the order they were
 * added: the first rounds here, the later ones in later-mechanisms.ts (see mechanisms.ts for switching them off).
 */
import { LATER_MECHANISMS } from './later-mechanisms.js';

const FIRST_MECHANISMS = [
  /** A lone capitalised word that is also a date, a place, a nationality or an ordinary word ('Friday', 'German') names a person only where the article names them. */
  'ordinary-lone-names',
  /** A surname printed after a given name that is not the registered person's ('Lleyton Hewitt' for Patricia Hewitt) is someone else. */
  'other-given-name',
  /** 'he' and 'she' never stand for a person of the other sex (by first name or courtesy title). */
  'pronoun-gender',
  /** Names inside a sentence's opening adverbial ('After losing to X, Y said') are not its subject. */
  'fronted-adverbial',
  /** Descriptions set off by dashes or holding a quoted phrase, and 'X, chief of Org, said', keep X as the speaker. */
  'appositives',
  /** An unnamed spokesperson, or 'he'/'she' standing for one, speaks for the body just named. */
  'spokesperson-anaphora',
  /** A courtesy title vouches for the name after it: 'Mr Gref' stays a person when 'German Gref' is judged not one, 'Sir Digby Jones' though Digby is a place. */
  'courtesy-surnames',
  /** A description between a name and its verb may hold a relative clause and run twice as long. */
  'long-descriptions',
  /** '"…," it said in a statement': 'it' speaks for the organisation the sentence before is about. */
  'it-organisations',
  /** A role whose qualifiers match no one ('the Old Trafford boss') goes to the latest person named with its head word among their titles. */
  'role-heads',
  /** 'X of the Y Campaign said' is X speaking (and the 'its' after it is Y's). */
  'of-descriptions',
  /** A post before an inverted name may hold a hyphenated word, an unresolved acronym or a body's word ('said ISM survey chairman X', 'said union leader X'). */
  'posts-before-names',
  /** A full name after a possessive ('Germany's Tommy Haas') is read as a name of its own. */
  'possessive-openers',
  /** "Roe's Bayern counterpart Jo Doe was…": the person named after a possessive opening the subject is the subject. */
  'possessive-heads',
  /** A full name whose given name the lists lack ('Robby Ginepri') is a person's when the article quotes the surname alone ('said Ginepri'). */
  'spoken-surnames',
  /** A name printed as a quotation's inverted subject ('"…," said Naris Chaiyasoot') is vouched for as a person's. */
  'quoted-speakers',
  /** Post-nominal letters ('QC', 'MP') belong to the name before them, never speak on their own. */
  'post-nominals',
  /** 'Interfax quoted Mr Roe as saying': the one quoted is the speaker, not the outlet. */
  'quoted-as',
  /** 'He criticised the plan: "…"': a sentence ending in a colon introduces its subject's words. */
  'colon-clauses',
  /** The spokesman of an office holder speaks for the office's seat ('the prime minister's spokesman' → Downing Street). */
  'office-seats',
  /** A sentence that reports someone's words ('…, observed X', 'X told MPs') is about its speaker, not the first person it names. */
  'reporting-subjects',
  /** An epithet ('the 21-year-old', 'the American') is the person the sentence before is about, never an organisation. */
  'epithet-subjects',
  /** 'said a proud coach Jane Roe': the name after an indefinite post is the speaker, not an unnamed 'a …'. */
  'indefinite-posts',
  /** An acronym the article spells out in brackets ('National Institute of Economic and Social Research (NIESR)') is that body's, whatever its last word. */
  'acronym-expansions',
  /** '…opposed Mr Roe's plans, calling them "…"': a possessive name is not the subject a participle's words belong to. */
  'possessive-objects',
  /** A name inside a prepositional phrase after a sentence's first words ('…talks for striker X.') is not whom the next 'he' takes up. */
  'phrase-objects',
  /** A role no one named holds ('the Salford MP', 'the Spectator editor') is the person the sentence before is about, else the only person named so far. */
  'unheld-roles',
  /** A given name before a surname makes it someone else's only when the registry knows a given name for that surname's people ('Drayton Valentine' is the 'Valentine' known by surname alone). */
  'given-names-known',
  /** A name before a post and a full name ('Double Olympic champion Kelly Roe', 'said Jo Roe aide Tom Doe') qualifies the post; it is not the sentence's subject. */
  'name-qualifiers',
  /** Verbs of telling and saying from WordNet ('"…," Ms Roe retorted') report speech, beside the hand list. */
  'wordnet-reporting-verbs',
  /** A double mark opening a word inside a double quotation quotes a phrase within it ('he was the "Father of the House" and…'): the mark after that phrase does not end the quotation. */
  'nested-quotes',
  /** 'Lisa Roe, head of policy at the Y Trust said': a description opened by a comma and closed by the verb keeps the name before it as the speaker (and vouches for it as a person's). */
  'open-descriptions',
  /** 'Labour MSP Jane May had said': a month or day after a given name, right before a speech verb, is read as the surname it is. */
  'calendar-surnames',
  /** Any body a spokesperson speaks for is an organisation of the registry ('a Department for Work and Pensions spokeswoman'), and 'a spokesman for the Y Agency' speaks for it, as a later 'the spokesman' does. */
  'spokes-for',
  /** '"…," the firm said', 'said the club': a body taken up by what it is speaks for the organisation its own or one of the two sentences before is about. */
  'body-nominals',
  /** 'Munich Re, the world's biggest reinsurer, said': a name a body's description follows is an organisation's. */
  'body-appositives',
  /** An organisation word in the plural ends a body's name as it does in the singular ('Red Crescent Societies'). */
  'plural-org-words',
  /** 'said MSN's Jo Roe', 'said Aviator star Jo Roe': the name after a post an inverted speech verb opens is vouched for as a person's. */
  'inverted-posts',
  /** '…, said Mr Roe.', 'according to Dr Roe': the person after an inverted verb is found past their courtesy title, for the sentence's subject. */
  'inverted-courtesy',
  /** '…is to be overcome, he said.': a sentence whose reporting verb's subject is 'he' or 'she' is about the one the pronoun stands for. */
  'pronoun-reporters',
  /** Verbs of thinking ('believes', 'estimated', 'reckons') introduce a quotation and name whose view a sentence gives, as verbs of saying do. */
  'cognition-verbs',
  /** '…shared by Jo Roe, who believes "…"': a relative 'who' before a reporting verb stands for the name before its comma. */
  'relative-subjects',
  /** A full name with a listed given name opening the sentence a quotation given to 'he' or 'she' (of that sex) follows is a person's ('Dan Roe criticised the channel. "…," he said.'). */
  'pronoun-antecedents',
  /** An acronym a body is quoted by alone ('the IMF said') is the one spelt-out body another article gives it to, not a body of its own. */
  'acronym-merge',
  /** A surname after a courtesy title ('Lord Roe') is the person named in full, whom an epithet or an unheld role ('the former cabinet secretary') can take up. */
  'courtesy-references',
  /** A party's word before a given name describes the person ('Tory Liam Roe', though Tory is a given name too), and may be the surname after one ('Philip Green'). */
  'party-names',
  /** A surname printed alone beside a speech verb at a sentence's start ('Silvas said:') vouches for the full name the article gave before ('Lucie Silvas'). */
  'initial-surnames',
  /** A registered person's given name before a surname that is not theirs ('Ana Matronic' when the registry knows Ana Roe) is somebody else's. */
  'other-surname',
  /** A job title's word after a given name ending the name is a surname ('Mervyn King'), which stands alone for them after a courtesy title or their full name ('Mr King'). */
  'title-surnames',
  /** 'said the Chelsea star', 'the Holland international said': what a player is stands for the person the sentence before is about, as an epithet does. */
  'epithet-nouns',
  /** '…told the BBC: "…"': a name before a colon that a verb or preposition governs is whom the words were told, never their speaker. */
  'colon-objects',
  /** A surname that is an ordinary word ('Dai Young') is a person's when a title stands with the name and the surname speaks alone ('"…," Young told'). */
  'ordinary-surnames',
  /** 'For analyst Jo Roe, the plan was an error. "…," he said.': a sentence opened by 'for' and a person gives their view and is about them, when its own clause names no one. */
  'viewpoint-openers',
  /** 'The European Commission…. "…," the Commission said': 'the' and the last word of the one body the article named with it stand for that body. */
  'org-heads',
  /** '"I get on well with Jo Roe," he said': a quotation that names a person in full is not given to them (people speak of themselves as 'I'). */
  'self-named',
  /** 'The actor, whose films include Michael Collins, said': no one named inside a relative clause set off before a verb is its subject. */
  'relative-clauses',
  /** 'The Oscar-nominated actor said': a hyphened word ('Belfast-born', 'London-based') qualifies a role as a plain one does. */
  'hyphen-modifiers',
  /** 'Arsenal's Brazilian midfielder Edu' … 'Edu added': one word right after a person's post, printed alone beside a speech verb in that article, is a person known by one name. */
  'mononyms',
  /** A name one article prints only as two capitalised words, with no title or speech verb beside it, is not what a lone word means in another article ('Olympic' is no 'Sydney Olympic'). */
  'weak-elsewhere',
  /** 'Spain's sport minister Jaime Roe backed it. "…," he said.': a sentence opening with a full name the registry does not know stops 'he' or 'she' from reaching back past it. */
  'stranger-subjects',
  /** 'according to a World Bank report … "…," the report said': a document printed with a body's name speaks for that body when taken up alone. */
  'documents',
  /** '"…," said the WSIS spokesman': a body named inside 'the … spokesman' stays a mention of its own, so its spokesperson speaks for it. */
  'body-spokespersons',
  /** 'ITV's head of drama, Jo Roe, said': a full name set off by commas between a post and a speech verb is the speaker's, and a person's. */
  'post-appositives',
  /** '"…," Acme's Jo Roe told': a name beside a speech verb starts after a possessive, which is whose they are, not part of their name. */
  'possessive-bodies',
  /** 'Sella admitted he…' twice and never 'she': an article's own pronouns overrule a first-name list that files the name under the other sex ('Philippe'). */
  'article-sex',
  /** 'Ms Roe's deputy, Jo Doe, said…': a possessive name before a post is whose the post is; the sentence is about its holder, named or not. */
  'possessor-posts',
  /** 'Brian May has said…. May said: "…"': a surname that is a function word stands for the person beside a speech verb, in an article naming them. */
  'function-word-surnames',
  /** 'the Olympic champion went down': a lone name word no one in the article answers to, between 'the' and a post, qualifies the post and blocks nothing. */
  'role-qualifiers',
  /** 'says Helmut Roe, director of the Institute…': a post set off after an inverted subject is their title, vouching for the name as a person's. */
  'inverted-descriptions',
  /** '"…," the aviation minister Praful Roe said': a name right after a quotation (past a post), before its speech verb, is vouched for as a person's, as an inverted one is. */
  'preposed-speakers',
  /** 'Minar, ranked 158th, pulled out. "…," said the 20-year-old': an epithet after a sentence opened by a name the registry lacks is that stranger, not the story's protagonist. */
  'stranger-epithets',
  /** 'Police are still searching for him. She said: "…"': unnamed people in the plural opening a sentence block no 'he' or 'she', which cannot stand for a group. */
  'plural-subjects',
  /** '"…," Jo Roe, from the Y Association (YA) told': brackets and a dot inside a word ('Games.com') do not end a description between a name and its verb. */
  'description-marks',
] as const;

/** Every mechanism, in the order it was added. */
export const MECHANISMS = [...FIRST_MECHANISMS, ...LATER_MECHANISMS] as const;
