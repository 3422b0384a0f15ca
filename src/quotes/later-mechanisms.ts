/** The attribution mechanisms of the later rounds, in the order they were added (the first rounds are in mechanism-list.ts). */
export const LATER_MECHANISMS = [
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
  /** '"We were robbed." "The referee missed it," said Ana Roe.': a lone unattributed quotation runs on into the next, named one. */
  'backward-chains',
  /** 'Sir Ian Blair' … 'Tony Blair' … 'Mr Blair': of two people of a surname named in the article, the courtesy title picks the one the corpus gives it. */
  'courtesy-choices',
  /** 'Describing Mr Jackson as…, the mother said she…': a person this article calls Mr or Mrs keeps that sex, whatever pronouns follow their name. */
  'titled-sex',
  /** '"…," he was due to say', 'Ann Roe is expected to tell': a subject reaches its speech verb over 'due to', 'expected to', 'set to'. */
  'periphrastic-verbs',
  /** 'Baroness Kennedy', 'Mrs Howard': a surname after a courtesy title of one sex is no person of the other, in the registry and in the article. */
  'courtesy-sex',
  /** 'Mr Roe's sentiments were echoed by Ann Doe. "…," she said.': a possessive name does not keep the person after 'by' from being whom the sentence is about. */
  'possessive-bystanders',
  /** 'Lord Nicholls of Birkenhead': a peer named with a seat is a person of their own, not another article's Richard Nicholls. */
  'peer-seats',
  /** 'In an interview in January, Victoria Wood slated…': a name right after an opening adverbial leads its sentence, as one opening it does. */
  'fronted-leads',
  /** 'Tom Roe, 45, from Leeds, said': an age set off by commas after a name is part of it, before a description or the verb. */
  'age-appositives',
  /** 'Tom Roe met Ann Doe. "…," she said.': when the sentence's subject is of the other sex, the one person of the pronoun's sex it names. */
  'sex-only-antecedents',
  /** 'Mr Howard' is no Howard Flight, 'Mr Tyler' no Tyler Perry: a word after a courtesy title is a surname, never only someone's given name. */
  'courtesy-surnames-only',
] as const;
