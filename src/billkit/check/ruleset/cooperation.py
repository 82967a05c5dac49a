"""Rules for laws that enlist state and local officials in federal immigration enforcement, which work against
keeping cleared records from immigration authorities: duties to tell them of an arrest or release, to honour detainers
or query their systems, bans on local limits to sharing (anti-"sanctuary" laws), and savings clauses that keep sharing
open. :mod:`.federal` reads what becomes of the records themselves."""

from __future__ import annotations

from ..vocabulary import AGENCY, DENIAL, EXCLUDES_CLEARED, IMMIGRATION, SAVING, SHARE
from .rule import STATUS_ONLY, Rule
from .savings import SAVED_APART, SAVES_SHARING, STATUS_SAVING

RULES: tuple[Rule, ...] = (
    # A duty to tell immigration authorities of an arrest, charge, conviction or release ("The sheriff ... shall,
    # as soon as practical, notify the federal Immigration and Customs Enforcement of the person's arrest and charges";
    # "law enforcement officials shall ... cooperate with immigration authorities ...: (1) Providing information
    # regarding a person's release date").
    Rule("federal-records", "against",
         # (a policy's "will": "Sheriff's Department Personnel will then notify the I.N.S. authorities")
         # (or an office of one: "shall contact the Law Enforcement Support Center of the United States Department of Homeland Security")
         (r"\b(?:shall|must|will|is required to|(?:is|are) (?:hereby )?(?:directed|ordered|instructed) to)\b(?:(?!\b(?:may|permit\w*|allow\w*|declin\w*|refus\w*|refrain\w*)\b)[^.;]){0,60}\b(?:notify|inform|advise|alert|contact|report to|cooperate with)\b (?:the |a |any )?"
          r"(?:(?:[\w-]+ ){0,4}?(?:center|office|division|unit|branch|section) of (?:the )?)?" + AGENCY + r"|\b(?:shall|must|is required to|(?:is|are) (?:hereby )?(?:directed|ordered|instructed) to)\b[^.;]{0,60}\b(?:report|refer|submit|send|forward|transmit)\w*\b[^.;]{0,240}?\bto "
          r"(?:the |a |any )?(?:(?:[\w-]+ ){0,4}?(?:center|office|division|unit|branch|section) of (?:the )?)?" + AGENCY
          # a policy in its own words ("The procedure is to contact ICE once judicial orders are received to release an inmate")
          + r"|\b(?:procedure|practice|policy)\b[^.;]{0,20}\bis to (?:notify|inform|advise|alert|contact|call)\b (?:the |a |any )?" + AGENCY,
          # (a form about the person's crimes: "shall complete a Notification of Criminal Alien form, submit the form to ICE")
          r"\b(?:arrest|charge|conviction|release|record|criminal history|criminal alien|custody|confine|jail|detain|booking|incarcerat|"
          r"correctional (?:facility|institution)\b(?!'s)|defendants?\b|inmates?\b|prisoners?\b)"),
         # (the arrest may be in the sentence before: "when a suspect ... is arrested for other charges, ... Sheriff's
         # Department Personnel will then notify the I.N.S. authorities")
         # (a duty refused, "no agency shall transmit a sealed record to the Department of Homeland Security"; not a
         # person "not lawfully present" whom the officer must report)
         window=2,
         # ("No state or local agency, and no contractor ... acting on behalf of such an agency, shall disclose, transmit ...")
         unless=(r"\b(?:not|never|no)\b(?! (?:lawfully|legally) present\b| an? (?:united states )?citizen\b| (?:later|more|less|fewer|sooner) "
                 r"than\b)[^.;]{0,160}\b(?:notif(?:y|ied)|"
                 r"inform(?:ed)?|advis(?:e|ed)|alert(?:ed)?|contact(?:ed)?|report(?:ed)? to|submit(?:ted)?|sen[dt]|forward(?:ed)?|"
                 r"transmit(?:ted)?|furnish(?:ed)?|disclos(?:e|ed))\b",
                 # a victim helped to an immigration benefit ("shall contact U.S. Citizenship and Immigration Services to
                 # support the victim's petition for a U visa"), not a person reported
                 r"\b(?:to support|in support of|on behalf of|to assist)\b[^.;]{0,60}\b(?:victim|petition|application|visa|certification)|\b[tu][- ]visa\b",
                 # the person reporting themselves ("a defendant who is removed ... shall report to the nearest office of ICE")
                 r"(?:^|,\s*)(?:\(\w{1,4}\)\s*)*(?:a|an|the|any|each) (?:defendant|inmate|prisoner|probationer|parolee)\b(?:(?!\b(?:officers?|sheriffs?|jails?|agenc\w*|clerks?|wardens?|department|staff)\b)[^.;]){0,80}\bshall report to\b")),
    # ... or a duty to tell federal officials what may deport a person ("it shall be the duty of such prosecuting attorney
    # to forthwith advise the secretary of labor of the United States and other proper federal officials of such facts",
    # in a law on convicted aliens' deportation).
    Rule("federal-records", "against",
         (r"\b(?:shall|must|is required to|duty of)\b[^.;]{0,80}\b(?:notify|inform|advise|alert|report to)\b (?:the )?(?:(?:secretary|"
          r"attorney general|department|bureau|officials?|officers?|authorities|agents?)\b[\w ]{0,20}\bof the united states|(?:proper |"
          r"appropriate )?federal (?:officials?|officers?|authorit\w*|agenc\w*))",
          r"\bdeport\w*|\bremoval proceedings?\b|\baliens?\b|\bimmigration laws?\b"),
         unless=(r"\b(?:not|never|no)\b[^.;]{0,40}\b(?:notify|inform|advise|alert|report to)\b",)),
    # A ban on local limits to what officials may tell federal agencies, item by item ("No county may do any of the
    # following related to information regarding the citizenship or immigration status ...: (3) Prohibit the
    # communication of such information to federal law-enforcement agencies"; "such an entity may not stop or
    # substantially curtail any of the following: ... (2) the transmission, to ... Immigration and Customs Enforcement
    # ..., of ... the criminal history of an arrested person"; "No provision of ... law may restrict any government
    # entity from (1) providing DHS with access to databases").
    Rule("federal-records", "against",
         # ("no official or agency of this state or a county, city, or other political subdivision of this state shall
         # prohibit or in any way restrict the sending, receiving, or maintaining of information related to a person's
         # immigration status")
         (r"(?:\bno (?:\w+,? ){1,24}?(?:may|shall)\b[^.]{0,300}?|\b(?:may|shall|must) not\b[^.;]{0,60}?|\b(?:may|shall|must) not do any of the "
          r"following\b[^.;]{0,300}?)\b(?:prohibit|restrict|limit|stop|"
          r"curtail|impede|prevent)\w*\b[^.;:]{0,40}?:? (?:\(\w{1,4}\) )?(?:the )?(?:communication|sharing|exchange|sending|transmission|"
          r"receipt|maintenance|providing|provision)\b[^.;]{0,100}\b(?:federal(?! laws?\b(?![- ]enforcement))|immigration|homeland|"
          r"dhs\b(?!-))",)),
    # Immigration officers let into the records ("Authorized officers of U.S. Immigration and Customs Enforcement shall be
    # permitted, upon presentation of credentials ..., to review the facility's inmate records, including criminal
    # history"), not kept out of them or let in only with a judge's warrant.
    Rule("federal-records", "against",
         (r"\b" + IMMIGRATION + r"[^.;]{0,40}\b(?:shall|may|must|will)(?: be (?:permitted|allowed|authori[sz]ed|entitled))?(?:,[^,.;]{0,120},)? "
          r"(?:to )?(?:review|inspect|examine|access|obtain|receive|copy|search)\w*\b[^.;]{0,80}\b(?:records?|files?|criminal history|"
          r"databases?|(?:records management|information) systems?)\b",),
         unless=(r"\b(?:shall|may|must|will) not\b|\bno\b[^.;]{0,40}\b(?:shall|may)\b|\bonly (?:with|upon|pursuant to|if|when)\b|"
                 r"\b(?:judicial )?warrant\b|\bcourt order\b",)),
    # ... or in the passive ("Information about all individuals in-custody at the Boulder County Jail is public information
    # and may be obtained by federal immigration authorities").
    Rule("federal-records", "against",
         (r"\b(?:information|records?|criminal history|data)\b[^.;]{0,120}\b(?:may|shall|will) (?:also )?be (?:obtained|inspected|accessed|"
          r"reviewed|received|copied)\b[^.;]{0,20}\bby (?:the |any )?(?:federal )?" + IMMIGRATION,),
         unless=(r"\b(?:shall|may|must|will) not\b|\bonly (?:with|upon|pursuant to|if|when)\b|\b(?:judicial )?warrant\b|\bcourt order\b",)),
    # A duty to honour immigration detainers ("shall: ... (3) comply with the immigration detainer request").
    Rule("federal-records", "against",
         (r"\b(?:shall|must)\b(?:[^.]|\.(?=\d)){0,300}?\b(?:comply with|honou?r|carry out|execute|fulfill|act on)\b[^.;]{0,60}\b(?:an? |the |any )?(?:immigration )?detainers?|"
          r"\bdetainers?\b[^.;]{0,60}\bshall (?:carry out|execute|fulfill|comply with|honou?r)\b",),
         unless=(r"\b(?:not|never|no)\b[^.;]{0,200}\b(?:comply with|honou?r)\b",)),
    # Court papers handed over on an immigration officer's request ("Upon the official request of the United States
    # immigration officer ..., the clerk of such court shall furnish ... a certified copy of the complaint ... and the
    # judgment and sentence, and any other record pertaining to the case").
    Rule("federal-records", "against",
         (r"\b(?:upon|on|at) (?:the )?(?:official |written )?(?:request|demand|application) of (?:the |a |any )?(?:[\w-]+ ){0,3}?" + AGENCY
          + r"[^.;]{0,300}\b(?:shall|must)\b[^.;]{0,40}\b(?:furnish|provide|send|transmit|forward|deliver|give)\w*\b[^.;]{0,100}"
          r"\b(?:records?|judgments?|cop(?:y|ies)|files?|criminal history)\b",),
         unless=(DENIAL,)),
    # An old duty laid on the clerk or sheriff to send immigration authorities the judgment ("It shall be the duty of the
    # clerk of every court of record ... to transmit forthwith to the nearest office of the federal agency charged with the
    # enforcement of the immigration laws a certified copy of the judgment and sentence").
    Rule("federal-records", "against",
         (r"\bduty of\b[^.;]{0,300}?\bto (?:transmit|send|forward|report|furnish|deliver|certify|notify)\w*\b(?: in writing)?[^.;]{0,40}\bto (?:the |a |any )?"
          r"(?:(?:nearest |local |appropriate )?(?:office|officer)s? of (?:the )?)?(?:federal |united states )?" + AGENCY,
          r"\b(?:judgments?|convictions?|records?|sentences?|criminal history|dispositions?)\b"),
         unless=(DENIAL,)),
    # A duty to hand immigration authorities what they ask for about a person in custody ("the employee would be
    # required to provide information requested by ICE").
    Rule("federal-records", "against",
         (r"\b(?:required to|shall|must)\b[^.;]{0,20}\b(?:provide|furnish|give|share|disclose|release)\w* (?:any |all |the )?"
          r"(?:information|records?|data)\b[^.;]{0,20}\b(?:requested|sought|asked for) by (?:the |an? |any )?(?:[\w-]+ ){0,3}?" + AGENCY,),
         unless=(DENIAL,)),
    # A sanction on a state or local policy that keeps officers from talking to immigration authorities ("any locality
    # adopts any ordinance ... that impedes the ability of law-enforcement officers ... to communicate or cooperate with
    # U.S. Immigration and Customs Enforcement ..., the Commonwealth or such locality waives sovereign immunity").
    Rule("federal-records", "against",
         (r"\b(?:ordinances?|polic(?:y|ies)|rules?|regulations?|laws?|resolutions?|practices?)\b[^.;]{0,80}\b(?:that|which) "
          r"(?:imped|prohibit|restrict|limit|prevent|hinder|obstruct)\w*\b[^.;]{0,120}\bto (?:communicate|cooperate|share|exchange)\b"
          r"[^.;]{0,60}" + AGENCY,
          r"\b(?:waives?|waiver|liab(?:le|ility)|ineligible|void|penalt(?:y|ies)|forfeits?|withh[oe]ld\w*|civil (?:fine|action))\b"),
         unless=(DENIAL,)),
    # A duty to ask immigration authorities about a person held ("shall make a query through the DCI system to
    # the Law Enforcement Support Center (LESC) of Immigration and Customs Enforcement").
    Rule("federal-records", "against",
         (r"\b(?:query|queries|inquiry|inquiries|verification|verify)\b[^;]{0,120}\b(?:to|with|through|of) (?:the )?"
          r"(?:law enforcement support center|" + AGENCY + r")",
          r"\b(?:shall|must)\b", r"\b(?:jail|confine\w*|custody|arrest\w*|charged|prisoner|detain\w*|booking)"),
         # (not a query the agency may no longer answer: "shall not thereafter furnish any information ... whether by ...
         # batch query ... to the United States Department of Homeland Security")
         # (nor a record kept from them: "ensure that the expunged arrest is not available, through any ... query service
         # ..., to United States Immigration and Customs Enforcement")
         window=2, unless=(r"\bnot (?:\w+ ){0,2}(?:furnish|disclose|provide|share|release|transmit|send|give|answer|respond|reply|honou?r|comply)\w*\b[^.;]{0,160}\b(?:query|queries|inquir)",
                           r"\bnot (?:be )?(?:available|accessible)\b[^.;]{0,120}\b(?:query|queries|inquir)")),
    # A ban on keeping officials from working with immigration enforcement ("shall not ... prevent or inhibit
    # state agencies ... from working with federal agencies for the purposes of federal immigration enforcement").
    Rule("federal-records", "against",
         (r"(?:\b(?:shall|may|must) not\b[^.;]{0,120}|\bno (?:\w+,? ){1,5}(?:may|shall)\b[^.;]{0,20})\b(?:prevent|inhibit|prohibit|restrict|limit|discourage|bar)\w*\b[^.;]{0,160}?"
          r"\bfrom (?:working with|helping|cooperat\w*|assist\w*|communicat\w*|shar\w*|send\w*|exchang\w*)[^.;]{0,120}?"
          r"(?:immigration (?:law )?enforcement|enforcement of (?:federal )?immigration|" + AGENCY + r")|"
          # ... or a policy that would keep them from it ("No state agency or local government may have or carry out any
          # policy ... that keeps a public body, officer, or employee from: (a) giving to ... the United States department of
          # homeland security ... any record of the person's arrest")
          r"\bno (?:\w+,? ){1,5}(?:may|shall)\b[^.;]{0,20}\b(?:have|adopt|enact|carry out|enforce|maintain)\b[^.;]{0,60}\bpolic(?:y|ies)\b"
          r"[^.;]{0,60}\b(?:keeps?|prevents?|prohibits?|restricts?|limits?|bars?|discourages?)\b[^.;]{0,80}\bfrom\b[^.;]{0,20}\b(?:giving|"
          r"sending|sharing|exchanging|communicating|trading|providing)\b[^.;]{0,120}" + AGENCY + r"|"
          # ... or from complying with the federal immigration laws as a whole ("local governmental entities may not
          # prohibit or impede any state or federal law enforcement agency from complying with title 8 of the United
          # States Code")
          r"(?:\b(?:shall|may|must) not\b|\bno (?:\w+,? ){1,5}(?:may|shall)\b)[^.;]{0,40}\b(?:prevent|inhibit|prohibit|restrict|"
          r"limit|discourage|bar|imped)\w*\b[^.;]{0,120}?\bfrom (?:complying|compliance) with\b[^.;]{0,20}"
          r"\b(?:title 8 of the united states code|(?:federal )?immigration laws?|8 u\.?s\.?c\.?)|"
          # ... or from enforcing them in full ("shall not limit or restrict the enforcement of federal immigration laws to
          # less than the full extent permitted by federal law")
          r"(?:\b(?:shall|may|must) not|\bno (?:[\w,]+ ){1,12}?(?:shall|may)) (?:\w+ (?:or )?){0,3}?(?:limit|restrict)\w*\b[^.;]{0,20}\b"
          r"the enforcement of (?:the )?(?:federal )?"
          r"immigration laws?\b",)),
    # A ban on "sanctuary" policies: a law that forbids local limits on sharing with immigration authorities.
    # ... or without the word ("shall not adopt, enforce, or endorse a policy under which the entity prohibits
    # or discourages the enforcement of immigration laws").
    Rule("federal-records", "against",
         (r"(?:\b(?:shall|may|must) not (?:\w+,? ){0,3}?(?:adopt|enact|enforce|endorse|maintain|implement|have)\b|"
          # ("relating to prohibiting subdivisions and local entities from adopting policies that prohibit or restrict
          # cooperation with federal immigration law enforcement")
          # (a digest's "prohibits counties and municipalities from establishing formal or informal policies of non-cooperation
          # with federal immigration authorities")
          r"\bprohibit\w*\b[^.;]{0,80}\bfrom (?:adopting|enacting|enforcing|endorsing|maintaining|implementing|having|establishing|"
          r"creating)\b)[^.;]{0,300}?\b(?:polic(?:y|ies)|ordinances?|rules?|practices?|procedures?|directives?)\b[^.;]{0,200}?"
          r"(?:\b(?:prohibit|restrict|discourag|limit|imped)\w*|\bnon-?(?=cooperat))[^.;]{0,200}?(?:enforcement of (?:federal )?immigration laws?|"
          r"immigration (?:law )?enforcement|(?:cooperat|assist|comply)\w*[^.;]{0,40}(?:immigration|homeland security)|"
          # (an item of what officers may not be kept from doing: "... from doing any of the following: ... b. Sending to, or
          # requesting or receiving from, a federal immigration agency information about a person's ... criminal record")
          r"\b(?:send|shar|exchang|communicat|receiv|request|provid|transmit|report)\w*\b[^.;]{0,160}\b(?:immigration agenc|"
          r"immigration authorit|homeland security|immigration and customs))",)),
    # ... or a bar on keeping officers from sending to immigration agents, item by item ("no local body shall forbid or
    # restrict any of its officers or employees from: ... (b) transmitting to ... U.S. Immigration and Customs Enforcement
    # ... the criminal record of a person").
    Rule("federal-records", "against",
         (r"\bno\b[^.;]{0,80}\b(?:shall|may) (?:\w+ (?:or )?){0,2}?(?:forbid|prohibit|restrict|limit|prevent|bar)\w*\b[^.;]{0,80}"
          r"\b(?:officers?|employees?|officials?|agents?|personnel)\b[^.;]{0,20}\bfrom\b:?[^.;]{0,40}?(?:\(\w{1,4}\)\s*)?"
          r"(?:send|shar|exchang|communicat|request|provid|transmit|report|accept|receiv)\w*\b[^.;]{0,160}(?:" + IMMIGRATION + r")",
          r"\b(?:records?|information|criminal history)\b"),
         unless=(r"\b(?:immigration|citizenship) status\b(?![^.;]*\b(?:records?|criminal history)\b)",)),
    # ... or a law's definition of the policy it bans ("'Sanctuary policy' means a law, policy, practice ... which prohibits
    # or impedes a law enforcement agency from communicating or cooperating with a federal immigration agency"): no law that
    # keeps records from immigration agents calls itself a sanctuary policy.
    Rule("federal-records", "against",
         (r"\bsanctuary (?:policy|policies|jurisdiction)[\"”']? means\b[^.;]{0,200}\b(?:prohibit|imped|restrict|limit)\w*\b[^.;]{0,120}"
          r"\b(?:communicat|cooperat|comply|complying|shar|exchang)\w*",)),
    Rule("federal-records", "against",
         (r"\b(?:no|not|prohibit\w*)\b[^.;]{0,80}\b(?:adopt|enact|implement|enforce|endorse|maintain|have in effect)\w*\b"
          r"[^.;]{0,60}\bsanctuary (?:policy|policies|jurisdiction)|sanctuary policies (?:are )?prohibited|"
          # a digest's words ("establishes prohibitions concerning restricting the sharing and use of immigration and
          # citizenship information")
          r"\bprohibit\w*\b[^.;]{0,30}\b(?:restricting|limiting|prohibiting|impeding)\b[^.;]{0,60}\b(?:shar\w*|exchang\w*|"
          r"communicat\w*|enforcement)\b[^.;]{0,80}\b(?:immigration|citizenship)\b",)),
    Rule("federal-records", "against",
         # (or the sharing first: "nothing in this section shall be construed to prevent the department from furnishing the
         # nonpublic record ... to the United States Department of Homeland Security")
         (SAVES_SHARING + "|" + SAVING + r"[^.]{0,240}(?:" + IMMIGRATION + r")[^.]{0,160}(?:" + SHARE + r")|" + SAVING
          + r"[^.;]{0,60}\bfrom (?:furnishing|providing|disclosing|sharing|releasing|transmitting)\b[^.;]{0,300}\bto (?:the )?(?:united "
          r"states )?(?:department of homeland security|immigration and customs enforcement|citizenship and immigration services)",),
         unless=(*SAVED_APART, STATUS_SAVING)),
    # ... which the next rule reads apart.
    Rule("federal-records", "against", (SAVES_SHARING, STATUS_SAVING), unless=SAVED_APART, part=STATUS_ONLY),
    Rule("federal-records", "against",
         (SAVING + r"[^.;]{0,80}(?:requir|direct)\w*[^.;]{0,120}(?:interstate identification index|federal bureau of "
          r"investigation|\bfbi\b|federal (?:criminal history )?(?:file|database|repositor))",)),
    # Standing access for immigration agents to what a jail or agency records ("interacts with Immigration and Customs
    # Enforcement (ICE) by: 1. providing access to inmate information"; "the jail's records management system which can be
    # accessed by local, state, or federal law enforcement agencies. This includes Immigration and Customs Enforcement").
    Rule("federal-records", "against",
         (r"\b(?:provid\w*|giv\w*|grant\w*|allow\w*|permit\w*|open\w*)\b (?:(?:direct|full|remote) )?access to (?:\w+ ){0,4}"
          r"(?:information|records?|data|files?|systems?|databases?)\b|\b(?:records?|information|data|files?|systems?|databases?)\b"
          r"[^.;]{0,60}\b(?:can|may|shall|will) be accessed by\b",
          AGENCY + r"|\bthis includes (?:the )?(?:u\.?s\.? )?immigration\b"),
         window=2,
         # (not access refused: "No agency ... shall enter into or renew a contract ... that gives a federal immigration
         # authority access to records"; nor access only on a judge's warrant, nor a list that leaves immigration agencies out)
         unless=(r"\b(?:not|never|no|prohibit\w*|den(?:y|ies|ied))\b[^.;]{0,40}\baccess\w*\b", r"\b(?:seal|expung|expunct)\w*\b[^.;]{0,40}\bnot\b",
                 DENIAL, r"\bunless\b|\bonly\b|\bwarrants?\b|\bsubpoenas?\b|\bcourt orders?\b|\b(?:does|do|shall) not include\b|\bexclud\w*")),
    # State criminal history records exchanged with the federal government for uses outside criminal justice, among which
    # are immigration and naturalization matters ("procedures for the cooperative exchange of criminal history records
    # between this State and other state governments and with the federal government for the use in noncriminal
    # justice background checks", Haw. Rev. Stat. § 846-17(b)).
    Rule("federal-records", "against",
         (r"\b(?:exchang|provid|furnish|disseminat|shar|releas|supply|suppli|transmit)\w*\b[^.;]{0,80}\bcriminal history (?:records?|record "
          r"information|information)\b[^.;]{0,120}\b(?:to|with) (?:the )?(?:federal government|federal agenc(?:y|ies)|agenc(?:y|ies) of the "
          r"united states)\b[^.;]{0,80}\bnon-?criminal[- ]justice\b",),
         unless=(DENIAL, r"\b(?:not|never|no)\b[^.;]{0,40}\b(?:exchang|provid|furnish|disseminat|shar|releas|transmit)\w*",
                 EXCLUDES_CLEARED, r"\b(?:seal|expung|expunct|vacat)\w*\b[^.;]{0,60}\b(?:exclud|except)\w*|\bconsent\b")),
    # A disclaimer of any duty to refuse immigration agents ("Nothing in this chapter requires a law enforcement agency to
    # withhold records of an expunged arrest from the Department of Homeland Security"): it keeps the sharing open.
    Rule("federal-records", "against",
         (r"\bnothing in (?:this|these) \w+\b[^.;]{0,60}\brequires?\b[^.;]{0,80}\b(?:refuse|withhold|deny|decline|keep)\b[^.;]{0,160}(?:"
          + AGENCY + r")",)),
)  # fmt: skip
