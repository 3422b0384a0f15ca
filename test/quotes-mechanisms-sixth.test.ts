/**
 * The attribution mechanisms of the sixth pass (issue 10), found on the archive minus the test
 * split; one test each on short articles with made-up names; each fails with its mechanism off.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { switchOff } from '../src/quotes/mechanisms.js';
import { needs, speakers } from './quote-needs.js';

afterEach(() => switchOff([]));

const PEOPLE = 'Adviser Jack Dorsal and Transport Secretary Tom Ferris met Finance Chief Helen Marlow on Monday.\n\n';

describe('attribution mechanisms, sixth pass', () => {
  it('gives the words to the full name set off by commas between a post and its verb', () => {
    const text = `${PEOPLE}Quillvision's controller of comedy, Nadia Brackwell, said she was pleased. "There is much more to come this series," she said.\n`;
    needs('post-appositives', 'There is much more to come this series,', 'Nadia Brackwell', text);
  });

  it('reads the name after a body’s possessive beside a speech verb as a person’s', () => {
    const text = `${PEOPLE}"The whole industry is moving towards being lead free," Quillsoft's Allen Parbury told the BBC News website.\n`;
    needs('possessive-bodies', 'The whole industry is moving towards being lead free,', 'Allen Parbury', text);
  });

  it('lets "he" reach a man whose given name the lists file under women when the article says "he" after his name', () => {
    // 'Daniele' (an Italian man's name) is in the female first-name list only (American baby-name data).
    const text = `${PEOPLE}Former Quillport centre Daniele Quennard believes the coach must recall his fly-half.\n\nQuennard admitted he had been impressed by the new man. But he told BBC Sport: "The time has come to bring back the old guard."\n\nQuennard said he liked the flowing style.\n`;
    needs('article-sex', 'The time has come to bring back the old guard.', 'Daniele Quennard', text);
  });

  it('gives "he said" after "X\'s deputy, Y, said…" to the deputy, not to X', () => {
    const text = `${PEOPLE}Mr Ferris's deputy, Ralph Quenby, said the plan would be reviewed. "It is a cautious move that lets us test the idea," he said.\n`;
    needs('possessor-posts', 'It is a cautious move that lets us test the idea,', 'Ralph Quenby', text);
  });

  it('gives nobody the "he said" after "X\'s chief aide said…"', () => {
    const text = `${PEOPLE}Tom Ferris spoke on the radio on Monday. Mr Ferris's chief aide said the measure was needed. "The levy applies to the dollar alone," he said.\n`;
    needs('possessor-posts', 'The levy applies to the dollar alone,', null, text);
  });

  it('reads a surname that is a function word ("May said:") as the person the article named in full', () => {
    const text = `${PEOPLE}Guitarist Nigel May has said he expects to tour with the Quillstones from April. May said: "The band is rising again from the ashes."\n`;
    needs('function-word-surnames', 'The band is rising again from the ashes.', 'Nigel May', text);
  });

  it('reads a stray name word inside "the … champion" as part of the post, not as someone blocking "she"', () => {
    const others = ['"We won," said Dan Quillmark on Friday.\n', '"We lost," said Ray Quillmark on Friday.\n'];
    const text = `Justine Quarrel lost to Elena Dovetail in an exhibition match on Sunday.\n\nQuarrel was speaking after the defeat. The previous day, the Quillmark champion went down to Ann Pellow. "I have to be positive, I still have a few weeks," she said.\n`;
    needs('role-qualifiers', 'I have to be positive, I still have a few weeks,', 'Justine Quarrel', ...others, text);
  });

  it('takes a post set off after an inverted subject as the title that makes the name a person\'s', () => {
    const text = `${PEOPLE}The real answer is to cut the wages of low skilled workers, says Hakon Vesterdal, director of the Institute for the Study of Labour at Quillby University. "Labour is too costly here, and this is the main problem."\n`;
    needs('inverted-descriptions', 'Labour is too costly here, and this is the main problem.', 'Hakon Vesterdal', text);
  });

  it('vouches for a name printed right after a quotation, past a post, before its verb', () => {
    const text = `${PEOPLE}"The days of flying being only for the rich are over," the minister for civil aviation Pradeep Varkala said earlier.\n`;
    needs('preposed-speakers', 'The days of flying being only for the rich are over,', 'Pradeep Varkala', text);
  });

  it('gives an epithet after a sentence opened by a name the registry lacks to nobody, not to the protagonist', () => {
    const text = `Tennis player David Quaver won the Quillby title on Sunday. "It was a good week," said David Quaver.\n\nQuaver beat Tomas Brindle in the final. Minarik, ranked 158th in the world, was forced to pull out of qualifying to play in the final. "For me, this was a big success," said the 20-year-old.\n\nFans will see Minarik again next week.\n`;
    needs('stranger-epithets', 'For me, this was a big success,', null, text);
  });

  it('lets "she" reach past a sentence about unnamed people in the plural', () => {
    const text = `${PEOPLE}Quillshire leader Nicola Brannagh said questions must be answered about the escape. Police are still searching for the patient. She said: "The executive seemed to say the escape was a matter for the hospital."\n`;
    needs('plural-subjects', 'The executive seemed to say the escape was a matter for the hospital.', 'Nicola Brannagh', text);
  });

  it('reads "X, from the Y Association (YA) told" and "X, editor of Games.com told" as X speaking', () => {
    const text = `"We are here," said Jeff Quorn.\n\n"It is all about digital," Jeff Quorn, from the Quillish Electronics Association (QEA) told the BBC News website.\n\n"It is encouraging for Quillsoft," said John Dellow.\n\n"The sales are good," John Dellow, editor of Quillgames.com told BBC News.\n`;
    needs('description-marks', 'It is all about digital,', 'Jeff Quorn', text);
    needs('description-marks', 'The sales are good,', 'John Dellow', text);
  });

  it('gives "He added:" straight after a quotation to its speaker, not to the man the reporter last wrote about', () => {
    const text = `Drummer Larry Quillen echoed those sentiments: "We want to have big singles." The band have done "everything in their powers" to stay on top, according to Quillby magazine editor Paul Rendle.\n\n"This makes them hugely determined." He added: "They are equally determined to make music that lasts."\n`;
    needs('quote-chains', 'They are equally determined to make music that lasts.', 'Paul Rendle', text);
  });

  it('reads the posts found on the archive ("the agent", "the top seed", "shop owner X") as roles', () => {
    const text = `Quillby fly-half Mike Tandle wants a new deal. His agent Dipo Quarrie said talks had stalled. But Quarrie insists the player is worth more. "He wants to remain with the club," the agent added.\n\n"This will hurt savers," shop owner Hayriye Quellan told reporters.\n`;
    const who = speakers(text);
    expect(who['He wants to remain with the club,']).toBe('Dipo Quarrie');
    expect(who['This will hurt savers,']).toBe('Hayriye Quellan');
  });

  it('reads a surname misprinted by a letter as the person the article named in full', () => {
    const text = `Agent Brian Quarrell says no approach has been received for the midfielder.\n\n"I know there is interest from a club abroad, but he does not want to go there," said Quarrel.\n`;
    needs('misspelt-surnames', 'I know there is interest from a club abroad, but he does not want to go there,', 'Brian Quarrell', text);
  });

  it('merges a courtesy-titled misprint ("Mr Barrioneuvo") with the person named in full', () => {
    const text = `"The tax is an effort to raise cash," said economist Jose Quellanuevo.\n\nMr Quellaneuvo says the measure could be dropped. "It is intended to be permanent," he said.\n`;
    needs('misspelt-surnames', 'It is intended to be permanent,', 'Jose Quellanuevo', text);
  });

  it('reads no speaker into the name after a verb whose subject stands before it ("Kenyon denies Robben Barca return")', () => {
    const headline = 'Quennell denies Robben Quillca return\n\nChelsea chief Peter Quennell has played down reports that Arjen Robben will return.\n';
    const text = `${PEOPLE}Quillca midfielder Dario spoke after the game. "It was not normal behaviour," said Quillca.\n`;
    needs('subject-first-verbs', 'It was not normal behaviour,', null, headline, text);
  });
});
