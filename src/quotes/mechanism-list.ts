/**
 * The attribution mechanisms, one name and one line on what it does each, in the order they were
 * added (see mechanisms.ts for switching them off).
 */
export const MECHANISMS = [
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
  /** '"…formidable." He added: "…"': a he or she straight after a quotation is its speaker's, when the sex allows, whoever the reporter's last sentence was about. */
  'quote-chains',
  /** 'Brian Hassell says…' … '"…," said Hassel', 'Mr Barrioneuvo': a surname misprinted by a letter or two is the person the article names in full, when no one else there is as close. */
  'misspelt-surnames',
  /** 'Kenyon denies Robben Barca return': a speech verb with a name right before it is not inverted, so the name after it is no speaker and no evidence of a person. */
  'subject-first-verbs',
  /** 'Philippe Saint-Andre … Saint-Andre believes': a double-barrelled surname after a given name makes a full name as a plain one does. */
  'hyphenated-surnames',
  /** 'Unless the authorities agree, Saint-Andre believes…': a clause a subordinating conjunction opens holds no subject, as an adverbial phrase does. */
  'fronted-clauses',
  /** 'The British Chambers of Commerce said': a lone name word joined by 'of' to a capitalised word is part of a body's name, not the corpus's person of that surname. */
  'body-name-words',
  /** 'They could picture Michael Howard… "…," he said': a sentence opened by 'they' or 'we' is about a group, so 'he' or 'she' looks past it. */
  'group-pronouns',
  /** '"…?'" X added: "…"': a speech verb followed by a colon and a quotation is that quotation's, never the one before it. */
  'colon-introductions',
  /** 'The Tory spokesman also criticised…': a party's spokesperson with 'the' and no name is the person the sentence before is about, not the party. */
  'party-spokes-epithets',
  /** '…Taylor looks certain to get the call. "…Taylor is an outstanding player…"': a person the quotation names in full, named between it and the previous speaker's, does not stop it continuing theirs. */
  'spoken-of',
  /** 'X said. The company has added… Once created the folders act… "…," he said': sentences naming no one do not use up how far back he/she looks. */
  'nameless-sentences',
  /** 'But Chief Secretary to the Treasury Paul Roe attacked…': a preposition between capitalised words belongs to a post and opens no object, so Roe is the subject. */
  'capitalised-posts',
  /** 'The chief inspector of schools, David Bell, said…': a role set off by a comma before a name is that person. */
  'role-appositives',
  /** 'the newspaper quoted Qantas chief executive Geoff Dixon as saying': the name right before 'as saying', past its post or courtesy title, is the speaker. */
  'quoted-as-posts',
  /** '"…," the newspaper quoted X as saying': 'quoted' after 'the' and a body's noun is a verb, not a noun ('the press statement'). */
  'body-subject-verbs',
  /** 'said the PPI report was "much less alarming"': a speech word between 'the' and a name and 'was' is a noun, not the name's verb. */
  'named-reports',
  /** 'Malaysia said … "significant", Agence France Presse reported': an outlet's 'reported' after a sentence another speech verb opens names the source, not the speaker. */
  'reporting-sources',
  /** 'Fellow Lib Dem Norman Baker said': a party of two words ('Lib Dem') before a given name describes the person, as 'Tory' does. */
  'two-word-parties',
  /** 'Joe McLean, a specialist at accountancy firm Grant Thornton, said': any name a preposition of the description governs, not only a known body's, leaves the name before the description as the speaker. */
  'governed-descriptions',
  /** 'A spokesman for the Y Office said… "…"': a sentence between reporting someone else's words (named or not) ends the previous speaker's run of quotations. */
  'other-reporters',
  /** 'a spokesman for the Information Commissioner\'s Office said': a spokesperson for a body the registry lacks speaks for no body named before. */
  'unknown-bodies',
  /** 'deputy minister for women Jacqui Smith': a post's lower-case complement ('for women') may stand between it and the name it vouches for. */
  'post-complements',
  /** 'Sir Andrew Green': a party word is a surname after a given name the corpus also prints alone, when a courtesy title stood before the whole name. */
  'titled-party-surnames',
  /** 'Amnesty International's Jan Shaw said': a month's name opening a name read back from a speech verb is a given name. */
  'month-given-names',
  /** 'New Yorker Dick Morris': a place's name and '-er' before a name describes the person, though a list holds 'Yorker' as a given name. */
  'place-dwellers',
  /** 'NTL' printed in capitals twelve times is no ordinary word for its two lower-case uses in web addresses: an acronym's capitals count in the corpus's case statistics. */
  'acronym-case',
  /** 'Pasquale D'Amuro of the FBI called…': a person described by a body just before the verb speaks, not the body; 'said Hannah Ward of the Refugee Council' names no body 'Hannah Ward of the Refugee Council'. */
  'people-of-bodies',
  /** 'Bill Conti's job…' then 'explains Conti': a listed given name that is also an ordinary word opens a full name before a surname the article quotes alone. */
  'common-given-names',
  /** 'Bill Gates': a word that ends bodies' names ('the Terrorism Bill') and is a listed given name opens a person's name before a name word. */
  'org-word-given-names',
  /** A profile's 'he says' past the pronoun's reach is the one person the article has named, when it named no one else and no one unnamed since. */
  'sole-person',
  /** A body named between two quotations ('Since the formation of the Premier League…') does not end a speaker's run; only one reporting speech does. */
  'body-topics',
  /** '…9.15 metres?' "If they say…': a mark after a sentence that ends in an inner quotation opens a new paragraph of the quotation, not a phrase inside it. */
  'inner-quote-ends',
  /** 'I've had a quiet word with Olof': a quotation naming someone by their given name alone is not theirs either. */
  'self-named-alone',
  /** 'said Nortel president and chief executive Bill Owens': two posts joined by 'and' before a name are one person's. */
  'joint-posts',
  /** 'But that was not enough for Mr Sarkozy. "…," he said.': he or she stands for the one person a sentence with no subject of its own names after 'for', 'from' or 'by'. */
  'object-antecedents',
  /** 'Fidelis Nanga, a journalist based in Yaounde, said': a post set off after a name before the speech verb vouches for the name as a person's. */
  'preposed-posts',
  /** 'Hans Reckers, a board member of Germany's central bank, the Bundesbank, said': the name stands before a description that has an appositive of its own. */
  'nested-appositives',
  /** 'Piers Freelove is senior benefit officer on the picket line': a sentence saying what post a name holds vouches for it as a person's. */
  'copular-posts',
  /** 'The Prevention of Terrorism Bill proposes "control orders"': a law is no organisation and speaks no words. */
  'laws-speak-not',
  /** '"…," AG Edwards' Thayer.': a name alone after a quotation, ending the sentence, is its speaker though the verb was dropped. */
  'verbless-attributions',
  /** 'Man-of-the-match Stephen Jones was ecstatic': a word inside a hyphened compound is neither an unnamed person nor a preposition opening an object. */
  'hyphened-compounds',
  /** 'But Geoff Pollard rejected his comments. "…," he said.': a capitalised conjunction opening the sentence does not hide the full name after it from the pronoun that follows. */
  'opening-conjunctions',
  /** 'X said… but Tennis Australia's Geoff Pollard rejected his comments. "…," he said.': he or she after a sentence ending in a 'but' clause with a named subject stands for that subject. */
  'but-clauses',
  /** 'US actor Will Smith': a listed given name that is also a function word opens a full name inside a sentence, when speech or a post vouches, as other ordinary given names do ('Bill', 'Grant'). */
  'modal-given-names',
  /** 'Wimpey said…. "…," it added.': a name opening the sentence before a speech verb whose subject is 'it' or 'the firm' is an organisation's. */
  'taken-up-bodies',
  /** '"I didn't have a clue," said Idowu.': one uncommon word ending the sentence after a quotation and an inverted speech verb is a person known by one name. */
  'quoted-mononyms',
  /** 'Marks & Spencer' … 'said M&S': capitalised names joined by an ampersand are a firm's, and an initialism joined by one ('M&S') is its acronym. */
  'ampersand-names',
  /** 'Spain's minister of sport Jaime Roe': a post's lower-case complement after 'of' stands between it and the name, as one after 'for' does. */
  'of-complements',
  /** 'Walter M Phillips': a capital letter with no dot between a given name and a surname is the name's initial. */
  'dotless-initials',
  /** 'The Bishop of Durham, the Rt Rev Dr Tom Wright,': a post of a place, then its holder set off by commas, is that person's post. */
  'office-appositives',
  /** 'Brad Roe, from the UK's Human Rights Watch, said': a body after a possessor is a preposition's object still, and did not speak. */
  'possessor-objects',
  /** 'a spokeswoman for the Department for International Development said': the body after 'a spokesman for (the)' is spoken for, though its name holds 'for' itself. */
  'spoken-for-names',
  /** A body taken up by its first words ('Contrack') is registered under the fullest name its article prints ('Contrack International'), and a name of initials in mixed case ('DrKW') under the words it stands for. */
  'fuller-names',
  /** 'Deputy Prime Minister John Prescott' is not 'the prime minister', nor 'Shadow Chancellor Oliver Letwin' 'the chancellor': a role's holder has a title of its rank. */
  'rank-modifiers',
  /** '"…we played quite well." The Holland international said…': an epithet after a sentence of someone's quotation stands for its speaker. */
  'quoted-epithets',
  /** Two wordings in one article are one quotation only when one prints the other word for word; otherwise they are two things said. */
  'one-article-wordings',
  /** 'For Rick Roe, director of THX, the future…': a capitalised function word opening the sentence is no part of the name after it, which a post set off by commas vouches for. */
  'opening-prepositions',
  /** 'is Will Wright, the creator…' then 'Mr Wright said': a courtesy title before the surname vouches for a given name that is also an ordinary word, as speech does. */
  'titled-given-names',
  /** '"…," said trades union official Ulf Roe.': an unnamed body's word before 'official' or 'spokesman' and a name qualifies that post; the name spoke. */
  'official-posts',
  /** 'said UK Chancellor of the Exchequer Gordon Brown', 'said Economic and Fiscal Policy Minister Heizo Takenaka': 'of the' and 'and' inside a capitalised post before a name. */
  'titles-of-the',
  /** '"…," said Einar Roe from Unosat.': the inverted subject after a quotation vouches for its name though a body follows it ('of', 'from' or 'at' and a capitalised word), as one ending the clause does. */
  'speakers-of-bodies',
  /** 'said Walter M. Phillips': a name printed with a dotted initial is the registry's 'Walter M Phillips', wherever the article names him. */
  'dotted-initials',
  /** 'Scott Roe, a spokesman for the Bush-Cheney campaign said:': a hyphened compound inside a description set off after a name does not end it, nor do the people it names speak. */
  'hyphened-descriptions',
  /** 'The French president told reporters:': a nationality before a post is part of the role, whose holder's titles hold both ('French President Jacques Chirac'), not an epithet for whoever the story is about. */
  'national-posts',
  /** 'An IAAF statement said: "…" The statement continued: "…"': 'the statement' or 'the report' beside a speech verb goes on with the words of the body quoted just before. */
  'document-continuations',
  /** 'Bill Simmelink, general manager of TI's Voip business, said': a listed given name that is also an ordinary word opens a sentence's name when a post is set off after the name. */
  'titled-common-given-names',
  /** 'A former critic of the Lords, he has said…': a description opening the sentence before he or she holds no subject, as an adverbial does. */
  'fronted-descriptions',
  /** '…but captain Fabien Pelous sees hope. "…," he said.': a post before the name in a closing 'but' clause, as a body's possessive is, does not hide its subject. */
  'but-posts',
  /** '"…," a BaFin spokeswoman said. "…," the spokeswoman said.': 'the spokesman' beside a speech verb goes on with the body quoted just before, as 'the statement' does. */
  'spokesperson-continuations',
  /** 'Paul Boateng MP, Labour's Chief Secretary to the Treasury, said:', 'The Tory finance spokesman, Brian Monteith MSP, said': a post-nominal after a name set off by commas is part of the name. */
  'post-nominal-appositives',
  /** 'Mr Blair has failed to tackle these problems, he claimed, saying he has the "wrong solution"': a participle after a reporting clause set off by commas has that clause's subject. */
  'reporter-participles',
  /** '"It was, as always, coded and careful," was Mr Marr's assessment.': a quotation named as someone's view by a possessive is theirs. */
  'possessive-views',
] as const;
