// Welsh (Cymraeg) versions of the bot's messages, button labels and descriptions.
// Mirrors ./messages.ts key for key; handlebars placeholders and helpers are unchanged.
// Register: plain, warm public-service Welsh ("chi" forms). See NOTES.md for term choices
// and the points flagged for review by a Welsh speaker.
import type { CONVERSATION_MESSAGES, CATEGORY_DESCRIPTIONS, CHOICE_LABELS, HAZARD_NAMES, LANGUAGE_WORDS, METHOD_WORDS, NEED_WORDS, SUMMARY_WORDS } from './messages';

export const CONVERSATION_MESSAGES_CY: Record<keyof typeof CONVERSATION_MESSAGES, string> = {
  welcome: "Helo, croeso i wasanaeth sgwrsio {{landlordName}}. Gallaf gymryd cais am waith atgyweirio, adroddiad am ymddygiad gwrthgymdeithasol, neu gŵyn, a rhoi cyfeirnod i chi ar unwaith.\n\nMae person ar gael bob amser: teipiwch **siarad â pherson** ar unrhyw adeg.",
  askWhatHappened: "Dywedwch wrthym beth sydd wedi digwydd, yn eich geiriau eich hun.",
  askWhatHappenedRetry: "Dywedwch ychydig wrthym am yr hyn sydd wedi digwydd. Mae brawddeg neu ddwy yn ddigon.",
  trimmed: "Diolch – roedd honno'n neges hir. Rydyn ni wedi cadw'r {{limit}} nod cyntaf; gallwch chi ychwanegu rhagor o fanylion yn nes ymlaen.",
  restartedIdle: "Mae tipyn o amser ers i ni siarad ddiwethaf, felly rydyn ni wedi dechrau eto. Does dim byd a anfonoch chi o'r blaen wedi cael ei gyflwyno.",
  restartedVersion: "Rydyn ni wedi diweddaru'r gwasanaeth hwn ers i ni siarad ddiwethaf, felly mae angen i ni ddechrau eto. Mae'n ddrwg gennym am hynny.",
  continueAwaiting: "Diolch am eich neges. Gadewch i ni gael y manylion er mwyn i ni allu helpu. Dyma'r hyn a anfonoch chi atom:\n\n\"{{text}}\"",
  continueOpened: "Rydyn ni wedi cael eich neges: eich cyfeirnod yw {{reference}}. Os oes unrhyw beth arall, dywedwch wrthym yma.",
  continueInvalid: "Mae'r ddolen honno eisoes wedi cael ei defnyddio neu wedi dod i ben, felly allwn ni ddim dangos eich neges gynharach yma. Dywedwch wrthym beth sydd wedi digwydd.",
  soundsLike: "Mae'n ymddangos {{description}}. Ydy hynny'n iawn?",
  unhappyOffer: "Mae'n ddrwg gen i fod hyn wedi digwydd. Gallwch chi wneud cwyn ffurfiol am hyn os hoffech chi: dewiswch **Gwneud cwyn**.",
  pickCategory: "Diolch. Pa un o'r rhain sydd agosaf?",
  chooseAnOption: "Dewiswch un o'r opsiynau.",
  firstTimeTold: "Ai dyma'r tro cyntaf i chi ddweud wrthym am hyn?",
  unhappyWithResponse: "Ydych chi'n anhapus â'r ffordd rydyn ni wedi delio â hyn hyd yma?",
  whereIsIt: "Ble mae'r broblem? Er enghraifft: cegin, ystafell ymolchi, grisiau cymunedol.",
  propertyAddress: "Beth yw cyfeiriad y cartref mae hyn yn ymwneud ag ef? Er enghraifft: Fflat 2, 14 Heol y Parc, LS9 8AB.",
  sinceWhen: "Pryd ddechreuodd hyn? Er enghraifft: \"dydd Mawrth diwethaf\", \"tua 3 wythnos yn ôl\", \"ers mis Mawrth\".",
  sinceWhenRetry: "Mae'n ddrwg gen i, allwn i ddim gweld dyddiad yn hynny. Rhowch gynnig ar rywbeth fel \"2 wythnos yn ôl\" neu \"10 Mawrth\".",
  asbSafetyCheck: "Yn gyntaf, ydych chi neu unrhyw un arall mewn perygl ar hyn o bryd?",
  asbFirstReport: "Ai dyma'r tro cyntaf i chi roi gwybod i ni am hyn?",
  whatWouldPutItRight: "Beth fyddai'n unioni pethau i chi?",
  quickFixChoice: "Gallwn ni geisio unioni hyn yn gyflym fel {{quickFixName}}, neu gallwch chi wneud cwyn ffurfiol. Beth fyddai orau gennych chi?",
  confirmWhatHappened: "Dyma'r hyn a ddywedoch chi wrthym:\n\n\"{{summary}}\"\n\nOes unrhyw beth yr hoffech chi ei ychwanegu? Os oes, teipiwch e yma, neu dewiswch **Na, dyna'r cyfan**.",
  whenDidItHappen: "Pryd ddigwyddodd hyn? Er enghraifft: \"mis Mawrth diwethaf\", \"tua 8 mis yn ôl\", \"ers 2024\".",
  isItOngoing: "Ydy hyn yn dal i ddigwydd?",
  whichService: "Am ba wasanaeth neu aelod o staff mae hyn? Er enghraifft: atgyweiriadau, swyddog penodol, y ganolfan gyswllt. Teipiwch **hepgor** os nad ydych chi'n siŵr.",
  impact: "Sut mae hyn wedi effeithio arnoch chi neu ar eich aelwyd?",
  desiredOutcome: "Beth hoffech chi i ni ei wneud i unioni pethau?",
  desiredOutcomeRetry: "Dywedwch wrthym beth yr hoffech chi ei weld yn digwydd, er enghraifft \"trwsio'r gwres ac ad-dalu fy nghostau\".",
  legalCheck: "Fe wnaethoch chi sôn am gyfreithiwr, hawliad neu'r llys. Oes hawliad eisoes wedi cael ei gyflwyno i'r llys?",
  insuranceCheck: "Fe wnaethoch chi sôn am yswiriant. Ydy hyn yn rhan o hawliad ar ein hyswiriant ni, am ddifrod neu anaf rydych chi'n credu ein bod ni'n gyfrifol amdano?",
  excludedAtOnce:
    "Cyn i chi fynd ymhellach: mae'n ddrwg gennym, ond ni allwn ddelio â hyn drwy ein proses gwynion, oherwydd:\n{{#each reasons}}- {{this}}\n{{/each}}\nOs ydych chi'n anghytuno, gallwch ofyn i'r ombwdsmon ({{ombudsman.name}}) adolygu ein penderfyniad. Mae'n annibynnol ac am ddim: ffoniwch {{ombudsman.phone}}, e-bostiwch {{ombudsman.email}}, neu ysgrifennwch at {{ombudsman.address}}.\n\nByddwn ni'n dal i gofnodi'r hyn a ddywedoch chi wrthym ac yn anfon ein penderfyniad atoch chi yn ysgrifenedig, felly mae ychydig o gwestiynau byr yn dilyn.",
  whyCourt: "Mae hawliad am hyn wedi cael ei gyflwyno i'r llys, felly bydd yn cael ei drin drwy'r llys yn hytrach na drwy ein proses gwynion.",
  whyPreAction: "Mae hyn yn cael ei drin drwy broses gyfreithiol gyda chyfreithiwr, felly bydd yn cael ei drin yn y ffordd honno yn hytrach na drwy ein proses gwynion.",
  whyInsurance: "Mae'n rhan o hawliad yswiriant, felly bydd yn cael ei drin drwy ein proses yswiriant.",
  whyLate: "Cafodd ei godi yn hirach ar ôl i'r broblem ddigwydd nag y mae ein polisi cwynion yn ei ganiatáu.",
  lateAtOnce:
    "Fe ddywedoch chi fod hyn wedi digwydd fwy na 12 mis yn ôl. Mae ein proses gwynion fel arfer yn ymdrin â'r 12 mis diwethaf, ond efallai y byddwn ni'n dal i'w dderbyn: bydd aelod o'n tîm yn penderfynu erbyn {{longDate decideBy}} ac yn dweud wrthych chi. Os na fyddwn ni'n ei dderbyn, gallwch ofyn i'r ombwdsmon ({{ombudsman.name}}) adolygu ein penderfyniad (ffôn {{ombudsman.phone}}, e-bost {{ombudsman.email}}).",
  vulnerability: "Oes unrhyw beth am eich sefyllfa y dylen ni ei wybod er mwyn eich helpu, fel cyflwr iechyd, anabledd, neu angen gwybodaeth mewn iaith neu fformat arall?",
  vulnerabilityDetails: "Dywedwch wrthym beth fyddai'n help, er enghraifft: \"print bras\", \"galwadau ffôn ar ôl 5pm\", \"cyfieithydd Pwyleg ar y pryd\".",
  contactName: "Beth yw eich enw? Teipiwch **hepgor** i aros yn ddienw.",
  anonymousNote: "Mae hynny'n iawn. Byddwn ni'n dal i ymchwilio i hyn, ond fyddwn ni ddim yn gallu eich ateb na dweud wrthych chi beth yw'r canlyniad.",
  contactMethod: "Sut hoffech chi i ni gysylltu â chi?",
  contactHow: "Sut dylen ni anfon ein hateb atoch chi? Teipiwch eich cyfeiriad e-bost neu eich rhif ffôn, neu dewiswch isod.",
  replyInChatIfYouComeBack:
    "Felly byddwn ni'n rhoi ein hateb yma yn y sgwrs hon. Allwn ni ddim dweud wrthych chi pryd bydd yn barod, felly dim ond os dewch chi'n ôl i'r sgwrs hon y byddwch chi'n ei weld. Mae cyfeiriad e-bost neu rif ffôn yn eich cyrraedd hyd yn oed os na ddewch chi'n ôl: teipiwch **newid rhywbeth** wrth y crynodeb i ychwanegu un.",
  contactPostal: "I ba gyfeiriad dylen ni bostio ein llythyrau? Er enghraifft: Fflat 2, 14 Heol y Parc, LS9 8AB.",
  needsNoted: "Diolch am ddweud wrthym.{{#if needs}} Rydym wedi nodi: {{needs}}.{{/if}}{{#if method}} Byddwn yn cysylltu â chi {{method}}.{{/if}}",
  needsChange: "Sut dylen ni gyfathrebu â chi? Er enghraifft: \"print bras\", \"dehonglydd Pwyleg\", \"e-bost yn unig, dim galwadau ffôn\". Teipiwch **dim** os nad oes angen dim byd gwahanol arnoch chi.",
  contactEmail: "Beth yw eich cyfeiriad e-bost?",
  contactEmailRetry: "Dydy hwnnw ddim yn edrych fel cyfeiriad e-bost. Gwiriwch y cyfeiriad, er enghraifft name@example.com.",
  contactPhone: "Beth yw'r rhif ffôn gorau i gysylltu â chi?",
  contactPhoneRetry: "Dydy hwnnw ddim yn edrych fel rhif ffôn yn y DU. Gwiriwch y rhif, er enghraifft 07700 900123.",
  contactPhoneNotDigits: "Teipiwch y rhif mewn digidau, er enghraifft 07700 900123.",
  contactPhoneTooShort: "Mae'r rhif hwnnw'n edrych yn rhy fyr: mae 11 digid mewn rhifau yn y DU, ac maen nhw'n dechrau gyda 0, er enghraifft 07700 900123. Gwiriwch y rhif.",
  contactPhoneTooLong: "Mae'r rhif hwnnw'n edrych yn rhy hir: mae 11 digid mewn rhifau yn y DU, ac maen nhw'n dechrau gyda 0, er enghraifft 07700 900123. Gwiriwch y rhif.",
  contactPhoneNotUk: "Dim ond rhifau yn y DU y gallwn ni eu ffonio, sef rhifau sy'n dechrau gyda 0 neu +44. Rhowch rif ffôn yn y DU.",
  actingForSomeone: "Ydych chi'n ysgrifennu drosoch chi'ch hun, neu dros rywun arall?",
  relationship: "Beth yw eich perthynas â nhw?",
  representedName: "Beth yw enw'r person rydych chi'n ysgrifennu ar eu rhan?",
  consentGiven: "Ydy {{name}} wedi cytuno i chi gysylltu â ni ar eu rhan?",
  consentExplain: "Diolch. Byddwn ni'n ymchwilio i hyn, ac mae'r amser sydd gennym i ymateb yn dechrau cyfrif heddiw, ond allwn ni ddim rhannu unrhyw fanylion am achos {{name}} gyda chi nes iddyn nhw ddweud wrthym eu bod yn cytuno. Byddwn ni'n gofyn iddyn nhw am eu caniatâd.",
  summary: "Dyma grynodeb cyn i chi ei anfon:\n\n{{#each lines}}- **{{label}}**: {{value}}\n{{/each}}\nYdy hyn yn gywir?",
  whichPartToChange: "Pa ran hoffech chi ei newid?",
  acknowledgeBy: "Byddwn ni'n cadarnhau yn ysgrifenedig bod eich cwyn wedi dod i law erbyn {{longDate acknowledgeBy}}, ac yn dweud wrthych chi pwy sy'n delio â hi.",
  serviceRequestNext:
    "Beth sy'n digwydd nesaf: bydd ein tîm yn edrych ar eich cais ac yn cysylltu â chi i drefnu ymweliad{{#if address}} â {{address}}{{/if}}. Os daw'n beryglus cyn hynny, ffoniwch ein llinell atgyweiriadau brys{{#if phone}} ar **{{phone}}**{{/if}}.",
  hazardClocks: "{{#each clocks}}{{#if emergency}}Gan y gallai hyn fod yn beryglus, byddwn ni'n gwneud y sefyllfa'n ddiogel o fewn 24 awr: erbyn {{longDate date}} am {{time}}.{{else}}Gan mai {{name}} yw'r hyn rydych chi wedi sôn wrthym amdano, byddwn ni'n archwilio'r broblem erbyn {{longDate date}}, ac yn ysgrifennu atoch chi o fewn 3 diwrnod gwaith ar ôl yr archwiliad i ddweud beth wnaethon ni ei ganfod a beth fyddwn ni'n ei wneud.{{/if}}\n{{/each}}",
  addedToCase: "Diolch. Rydyn ni wedi ychwanegu hyn at eich achos {{reference}}, a bydd y person sy'n delio ag ef yn ei weld. I ddweud wrthym am rywbeth arall, teipiwch **dechrau eto**.",
  stage2AskReference: "Beth yw cyfeirnod eich cwyn? Mae'n edrych fel CMP-2026-000123. Os nad yw e gennych chi, teipiwch **hepgor**.",
  stage2ReferenceRetry: "Dydy hwnnw ddim yn edrych fel cyfeirnod cwyn. Mae'n edrych fel CMP-2026-000123. Gallwch chi hefyd deipio **siarad â pherson**.",
  stage2AskContact: "Er mwyn i ni drafod cwyn gyda'r person sy'n berchen arni yn unig: pa gyfeiriad e-bost neu rif ffôn a roddoch chi i ni gyda hi? Teipiwch **hepgor** os na roddoch chi un.",
  stage2Unmatched: "Diolch. Rydyn ni wedi anfon eich cais at ein tîm cwynion. Cyn y gallwn ni drafod cwyn, mae angen i ni wirio mai chi biau hi, felly bydd aelod o'r tîm yn edrych arni ac yn eich ateb chi yma{{#if when}} erbyn {{longDate when}}{{/if}}. Gallwch chi hefyd deipio **siarad â pherson**.",
  stage2Reasons: "Does dim rhaid i chi roi rheswm. Os hoffech chi ddweud wrthym pam rydych chi'n anhapus â'n hymateb, teipiwch hynny nawr, neu dewiswch **Hepgor**.",
  stage2TooEarly: "Dydyn ni ddim wedi anfon ein hymateb cam 1 i gŵyn {{reference}} eto{{#if respondBy}}: mae disgwyl i ni ei anfon erbyn {{longDate respondBy}}{{/if}}. Rydyn ni wedi nodi'r hyn a ddywedoch chi wrthym ar gyfer y person sy'n delio â'ch cwyn. Ar ôl i chi gael ein hymateb, gallwch chi ofyn am gam 2 yma os ydych chi'n dal yn anhapus.",
  stage2Already:
    "Mae eich cwyn {{reference}} eisoes yng ngham 2: gofynnwyd amdano ar {{longDate requestedOn}}. {{#if respondedOn}}Anfonon ni ein hymateb cam 2 ar {{longDate respondedOn}}. Os ydych chi'n dal yn anhapus, gallwch chi ofyn i'r ombwdsmon ({{ombudsman.name}}) edrych ar eich cwyn.{{else}}{{#if acknowledgedOn}}Cadarnhawyd ei bod wedi dod i law ar {{longDate acknowledgedOn}}{{else}}Bydd uwch aelod o staff yn cadarnhau ei bod wedi dod i law erbyn {{longDate acknowledgeBy}}{{/if}}, ac yn rhoi ymateb llawn i chi erbyn {{longDate respondBy}}.{{/if}} Rydyn ni wedi nodi'r hyn a ddywedoch chi wrthym ar gyfer y person sy'n delio â'ch cwyn.",
  stage2Recorded: "Rydyn ni wedi gofyn i'ch cwyn {{reference}} symud ymlaen i gam 2. Bydd uwch aelod o staff yn ei hadolygu ac yn cadarnhau ei bod wedi dod i law erbyn {{longDate acknowledgeBy}}{{#if respondBy}}, ac yn rhoi ymateb llawn i chi erbyn {{longDate respondBy}}{{/if}}.",
  dampHealthAdvice:
    "Gall lleithder a llwydni wneud problemau anadlu'n waeth, yn enwedig i fabanod a phlant, unrhyw un sy'n feichiog, a phobl ag asthma neu gyflyrau anadlu eraill. Os yw rhywun yn cael trafferth anadlu, ffoniwch **999**. Os ydych chi'n poeni am iechyd rhywun, ffoniwch **GIG 111 Cymru** neu siaradwch â'ch meddyg teulu. Rydyn ni wedi nodi hyn i aelod o'n tîm edrych ar y risg i'ch aelwyd.",
  dampLookedAt:
    "Gan y gall lleithder neu lwydni niweidio iechyd rhywun yn eich cartref, bydd aelod o'n tîm yn edrych ar y risg i'ch aelwyd{{#if by}} erbyn {{longDate by}}{{else}} cyn gynted ag y gallan nhw{{/if}}.",
  emergencyRepairAdvice:
    "Os yw hyn yn argyfwng — dim gwres na dŵr poeth a rhywun sy'n agored i niwed gartref, dŵr yn llifo i mewn, dim trydan, drws na allwch chi ei gloi, neu eich unig doiled wedi blocio — ffoniwch ein llinell atgyweiriadau brys nawr ar **{{phone}}**, ddydd neu nos. Am unrhyw beth arall, daliwch ati yma.",
  noiseAdvice:
    "Tra byddwn ni'n edrych i mewn i hyn, mae'r rhain yn helpu: cadwch nodyn bob tro mae'n digwydd (y dyddiad, yr amser, am ba hyd, beth glywsoch chi), gan ei fod yn ein helpu i weithredu. Os ydych chi'n teimlo'n ddiogel i wneud hynny, mae gair tawel â'ch cymydog yn aml yn datrys pethau. Gallwch chi hefyd roi gwybod i dîm iechyd yr amgylchedd eich cyngor am sŵn yn hwyr yn y nos. Os ydych chi'n teimlo dan fygythiad, ffoniwch **999**, neu **101** os nad yw'n argyfwng.",
  help: "Rydw i yma i gymryd cais am waith atgyweirio, adroddiad am ymddygiad gwrthgymdeithasol, neu gŵyn. Atebwch y cwestiwn uchod, neu teipiwch:\n- **dechrau eto** i ddechrau o'r newydd\n- **canslo** i stopio\n- **siarad â pherson** i siarad â rhywun",
  cancelled: "Iawn, rydyn ni wedi stopio. Does dim byd wedi cael ei anfon. Teipiwch unrhyw beth i ddechrau eto.",
  startingAgain: "Iawn, gadewch i ni ddechrau eto.",
  handoffName: "Byddwn ni'n gofyn i aelod o'n tîm gysylltu â chi. Yn gyntaf, pa enw ddylen ni ei ddefnyddio ar eich cyfer? Teipiwch **hepgor** os byddai'n well gennych chi beidio â dweud.",
  handoffMethod: "Sut dylen ni gysylltu â chi?",
  handoff:
    "{{#if contact}}Rydyn ni wedi gofyn i aelod o'n tîm gysylltu â chi ar {{contact}}{{#if when}} erbyn {{longDate when}}{{/if}}.{{else}}Rydyn ni wedi gofyn i aelod o'n tîm eich ateb chi yma yn y sgwrs hon{{#if when}} erbyn {{longDate when}}{{/if}}: cadwch y sgwrs hon ar agor neu dewch yn ôl ati.{{/if}}{{#if phone}} Gallwch chi hefyd ein ffonio ni ar {{phone}}.{{/if}} Gallwch chi barhau yma yn y cyfamser.",
  tooManyAttempts: "Mae'n ddrwg gen i, rydw i'n cael trafferth deall. Gallwch chi ddal ati, neu deipio **siarad â pherson** a bydd rhywun yn eich helpu.",
  danger:
    "**Os oes unrhyw un mewn perygl uniongyrchol, ffoniwch 999 nawr.**\n" +
    "{{#if gas}}- Os ydych chi'n arogli nwy neu'n meddwl y gallai fod carbon monocsid (cur pen neu salwch sy'n gwella y tu allan, fflam sy'n llosgi'n oren, larwm): ewch allan o'r eiddo, peidiwch â defnyddio switshys na fflamau, a ffoniwch y Gwasanaeth Argyfwng Nwy Cenedlaethol ar **0800 111 999**. Yna ffoniwch ein llinell atgyweiriadau brys ar **{{phone}}**.\n{{/if}}" +
    "{{#if electric}}- Perygl trydanol: cadwch draw a pheidiwch â chyffwrdd ag ef. Diffoddwch y trydan yn y blwch ffiwsiau dim ond os yw'n ddiogel gwneud hynny, yna ffoniwch ein llinell atgyweiriadau brys ar **{{phone}}**.\n{{/if}}" +
    "{{#if fire}}- Tân neu fwg: ewch â phawb allan, caewch y drysau ar eich ôl a ffoniwch **999**.\n{{/if}}" +
    "{{#if structural}}- Nenfwd neu wal yn dod i lawr: cadwch bawb allan o'r ystafell honno a ffoniwch ein llinell atgyweiriadau brys ar **{{phone}}**.\n{{/if}}" +
    "{{#if threat}}- Os oes rhywun yn eich bygwth neu'n eich brifo, ffoniwch **999**. Os na allwch chi siarad, ffoniwch 999 a gwasgwch 55 pan ofynnir i chi.\n{{/if}}" +
    "{{#if childAlone}}- Mae plentyn sydd wedi'i adael ar ei ben ei hun mewn perygl: ffoniwch **999** nawr.\n{{/if}}" +
    "{{#if selfHarm}}- Os ydych chi'n meddwl am niweidio'ch hun, ffoniwch **999** neu'r Samariaid ar **116 123** (am ddim, unrhyw bryd).\n{{/if}}" +
    "{{#if noHeatingVulnerable}}- Os nad oes gwres na dŵr poeth a bod rhywun agored i niwed yn y cartref, mae hynny'n atgyweiriad brys: ffoniwch ein llinell atgyweiriadau brys nawr ar **{{phone}}**. Cadwch y person agored i niwed yn gynnes, a ffoniwch **111** os yw'n sâl.\n{{/if}}" +
    "{{#if chat}}Pan fyddwch chi'n ddiogel, gallwch chi barhau yma.{{/if}}",
};

/** Completes "Mae'n ymddangos …" (soundsLike), so each is a Welsh noun clause starting with bod / eich bod. */
export const CATEGORY_DESCRIPTIONS_CY: Record<keyof typeof CATEGORY_DESCRIPTIONS, string> = {
  service_request: "bod angen trwsio rhywbeth, neu fod angen rhywbeth arnoch chi gennym ni",
  asb_report: "eich bod eisiau rhoi gwybod am ymddygiad gwrthgymdeithasol",
  quick_fix: "bod rhywbeth wedi mynd o chwith yr hoffech chi i ni ei unioni yn gyflym",
  complaint: "eich bod eisiau cwyno am ein gwasanaeth",
  compliment: "eich bod eisiau diolch i ni",
};

/** Button labels. Kept short; see NOTES.md for the few over 20 characters. */
export const CHOICE_LABELS_CY: Record<keyof typeof CHOICE_LABELS, string> = {
  yes: "Ie",
  no: "Na",
  somethingElse: "Na, rhywbeth arall",
  makeComplaint: "Gwneud cwyn",
  repair: "Atgyweiriad neu gais",
  asb: "Ymddygiad gwrthgymdeithasol",
  quickFix: "Unioni rhywbeth",
  compliment: "Dweud diolch",
  thatIsEverything: "Na, dyna'r cyfan",
  skip: "Hepgor",
  forMyself: "Drosof fy hun",
  forSomeoneElse: "Dros rywun arall",
  email: "E-bost",
  phone: "Ffôn",
  inThisChat: "Yma yn y sgwrs",
  onlyInThisChat: "Yn y sgwrs hon yn unig",
  mp: "Aelod Seneddol (AS)",
  councillor: "Cynghorydd",
  advocate: "Eiriolwr/gweithiwr cymorth",
  relative: "Perthynas neu ffrind",
  solicitor: "Cyfreithiwr",
  other: "Rhywun arall",
  courtFiled: "Oes, yn y llys",
  letterOnly: "Dim ond llythyr",
  sendIt: "Ie, anfonwch",
  changeSomething: "Newid rhywbeth",
  partWhatHappened: "Beth ddigwyddodd",
  partOutcome: "Beth rydw i eisiau",
  partContact: "Sut i gysylltu â mi",
  partAddress: "Y cyfeiriad",
  partWritingFor: "Dros bwy dw i'n ysgrifennu",
  partNeeds: "Beth sydd ei angen arna i",
};

export const SUMMARY_WORDS_CY: Record<keyof typeof SUMMARY_WORDS, string> = {
  type: 'Math',
  whatHappened: 'Beth ddigwyddodd',
  where: 'Ble',
  when: 'Pryd',
  about: 'Ynghylch',
  impact: 'Effaith',
  whatYouWant: 'Beth rydych chi eisiau',
  helpYouNeed: 'Help sydd ei angen arnoch',
  writingFor: 'Yn ysgrifennu dros',
  contact: 'Cyswllt',
  stillGoingOn: 'yn dal i ddigwydd',
  hasAgreed: 'wedi cytuno',
  permissionNeeded: 'angen caniatâd o hyd',
  anonymous: 'Dienw (allwn ni ddim ateb)',
  inThisChat: 'yn y sgwrs hon',
  yourself: 'chi eich hun',
  address: 'Cyfeiriad',
  needs: "Sut rydym yn cyfathrebu â chi",
  noContactWanted: 'ddim eisiau i ni gysylltu',
  service_request: 'Atgyweiriad neu gais',
  asb_report: 'Adroddiad am ymddygiad gwrthgymdeithasol',
  quick_fix: 'Unioni yn gyflym',
  complaint: 'Cwyn ffurfiol',
  compliment: 'Canmoliaeth',
};

export const NEED_WORDS_CY: Record<keyof typeof NEED_WORDS, string> = {
  deaf: "rydych chi'n fyddar",
  hardOfHearing: "rydych chi'n drwm eich clyw",
  blind: "rydych chi'n ddall",
  partiallySighted: "rydych chi'n rhannol ddall",
  sightDifficulty: "dydy eich golwg ddim yn dda",
  stammer: "mae gennych chi atal dweud",
  learningDisability: "mae gennych chi anabledd dysgu",
  dyslexia: "mae gennych chi ddyslecsia",
  noPhoneCalls: "dim galwadau ffôn",
  noEmail: "dim e-bost",
  callsNotBefore: "dim galwadau ffôn cyn {value}",
  callsAfter: "galwadau ffôn ar ôl {value} yn unig",
  speakSlowly: "siarad yn glir ac yn araf pan fyddwn yn ffonio",
  screenReader: "rydych chi'n defnyddio darllenydd sgrin",
  accessibleDocuments: "dogfennau hygyrch y gall eich darllenydd sgrin eu darllen, byth lluniau wedi'u sganio o lythyrau",
  largePrint: "print bras",
  braille: "Braille",
  easyRead: "hawdd ei ddarllen",
  shortWriting: "gwybodaeth ysgrifenedig fer a syml",
  bsl: "dehonglydd BSL ar gyfer ymweliadau a chyfarfodydd",
  interpreter: "dehonglydd {value}",
  lettersInLanguage: "llythyrau yn {value}",
  carerReadsLetters: "mae eich gofalwr yn darllen llythyrau gyda chi",
  supportWorkerHelps: "mae eich gweithiwr cymorth yn eich helpu gyda llythyrau",
  emailOnly: "e-bost yn unig",
  textOnly: "negeseuon testun yn unig",
  phoneOnly: "ffôn yn unig",
  inTheirWords: "{value}",
};

export const METHOD_WORDS_CY: Record<keyof typeof METHOD_WORDS, string> = {
  email: "drwy e-bost",
  phone: "dros y ffôn",
  text: "drwy neges destun",
  letter: "drwy'r post",
};

export const LANGUAGE_WORDS_CY: Record<keyof typeof LANGUAGE_WORDS, string> = {
  firstLanguageBsl: "Iaith Arwyddion Prydain yw eich iaith gyntaf",
  yourLanguage: "eich iaith: {value}",
};

/** The languages tenants ask for, by their English names, in Welsh. */
export const LANGUAGE_NAMES_CY: Record<string, string> = {
  Welsh: 'Gymraeg', Polish: 'Pwyleg', Urdu: 'Wrdw', Somali: 'Somalieg', Arabic: 'Arabeg', Bengali: 'Bengaleg', Punjabi: 'Pwnjabeg',
  Romanian: 'Rwmaneg', Portuguese: 'Portiwgaleg', Tigrinya: 'Tigrinya', Farsi: 'Ffarsi', Kurdish: 'Cwrdeg', Ukrainian: 'Wcreineg',
  Russian: 'Rwseg', Cantonese: 'Cantoneg', Mandarin: 'Mandarin',
};

/** Used in hazardClocks as "Gan mai {{name}} yw'r hyn …" (no mutation after "mai"), so these stay in their radical (unmutated) form. */
export const HAZARD_NAMES_CY: Record<keyof typeof HAZARD_NAMES, string> = {
  damp_mould: "lleithder a llwydni",
  leak: "gollyngiad",
  heating: "problem wresogi",
  electrical: "problem drydanol",
  gas: "nwy",
  fire_safety: "problem o ran diogelwch tân",
  structural: "problem strwythurol",
  falls: "risg o gwympo",
  sanitation: "problem o ran glanweithdra",
  asbestos: "asbestos",
};
