"""Rules for sharing with federal and immigration authorities: what may or must go to them, the bars and refusals
that keep records from them, and the savings clauses that keep sharing open (records sent on to federal files are
in :mod:`.federal_files`)."""

from __future__ import annotations

from dataclasses import replace

from ..vocabulary import (
    AGENCY,
    DENIAL,
    DIRECTS,
    EXCLUDES_CLEARED,
    FEDERAL,
    IMMIGRATION,
    KEPT_OFF,
    LISTED,
    NOT_PUBLIC,
    NOT_REMOVAL,
    OPEN_TO_FEDERAL,
    RELIEF,
    SAVING,
    SHARE,
)
from .rule import Rule
from .savings import NOT_REQUIRED_TO_SEND, NOTHING_PERMITS, OVERSIGHT_REPORT, OWN_DISCLOSURE, PERSON_MAY

RULES: tuple[Rule, ...] = (
    # An agreement with a federal immigration or law enforcement agency to give it the state's criminal records ("The
    # center is authorized and directed to enter into such agreements with the United States Department of Homeland
    # Security as may be necessary to provide that department's officers ... with direct electronic access to the
    # criminal history record information"), unless the agreement is barred or void.
    Rule("federal-records", "against",
         (r"\b(?:enter\w* into|execut\w*|negotiat\w*|sign\w*) (?:\w+ ){0,2}(?:agreements?|memorand\w* of (?:understanding|agreement)|"
          r"contracts?)\b[^.;]{0,40}\bwith (?:the )?(?:united states )?(?:department of )?(?:" + FEDERAL + r")",
          r"\b(?:access|provid|shar|disclos|furnish|transmit|exchang)\w*",
          r"\brecords?\b|criminal history|(?:conviction|arrest|criminal|identification) information"),
         unless=(DENIAL + r"[^.;]{0,60}\b(?:enter|execut|negotiat|sign)", r"\bvoid\b|\bunenforceable\b",
                 # cleared records kept out of it ("provided that no record sealed under this section shall be shared")
                 r"\bno (?:\w+ ){0,2}(?:records?|information)\b[^.;]{0,40}\b" + RELIEF + r"[^.;]{0,60}\b(?:shall|may) be\b",
                 # an agreement to receive federal money ("may enter into such agreements with agencies of the United States
                 # as are necessary to receive those funds")
                 r"\bagreements?\b[^.;]{0,80}\b(?:to receive|to obtain|for) (?:those |such |the |any )?(?:federal )?(?:funds|grants?|moneys)\b")),
    # Cleared records kept open to the FBI ("Sealed records shall remain available to criminal justice agencies,
    # including the Federal Bureau of Investigation"): a federal recipient named, not a removal.
    Rule("federal-records", "against", (OPEN_TO_FEDERAL, RELIEF + r"|\bjuveniles?\b[^.;]{0,40}\b(?:files?|records?)\b"),
         # (a request the federal body makes is no request to remove: "upon written request on agency letterhead")
         # (nor the order that cleared the records, or one the sentence says is not needed: "Although an expungement
         # order has issued, an expunged record may be opened without a court order to: (1) ... of the United States")
         unless=(r"\b(?:(?<!court )(?<!expungement )(?<!sealing )(?<!without an )(?<!without a )orders?|notices?|notif\w*|(?<!upon )(?<!on )(?<!written )requests?|remov\w*|"
                 r"delet\w*|purg\w*|destr\w*|updat\w*)\b",
                 r"\bnot (?:be |remain )?(?:available|accessible|open|disseminated|provided|furnished|disclosed|released)\b" + NOT_PUBLIC,
                 # a federal body named only to be kept out ("only by the person ..., and not by any officer or employee of
                 # a federal agency")
                 r"\bnot (?:by|to) (?:any |an? |the )?(?:[\w-]+ ){0,5}?(?:federal|united states)\b|\bno (?:\w+ ){0,3}(?:records?|information|files?)\b[^.;]{0,80}\b(?:shall|may|must|will) (?:be |remain )?(?:open|available|accessible|disclosed|released)\b")),
    Rule("federal-records", "partial",
         (IMMIGRATION,
          DENIAL + NOT_PUBLIC + r"|\b(?:shall|will|may) have no access\b|\band not (?:be )?(?:for the purposes? of enforcing|provided to|disclosed to|"
          r"shared with|released to)\b|\bnothing\b[^.;]{0,60}\b(?:shall|may) be (?:furnished|disclosed|released|provided|"
          r"shared|transmitted|sent|given|made available)|\bden(?:y|ies)\b[^.;]{0,60}\baccess|\bexclud\w* from|"
          r"\bno (?:\w+ ){0,3}(?:record|information|file|cop(?:y|ies))s? (?:is|are|shall be|may be) (?:shared|disclosed|released|provided|sent|furnished|given)|"
          r"\brefrain\w* from|\bdeclin\w* to (?:provide|share|disclose|release|furnish|transmit)|\brefus\w* (?:to|any)\b|"
          r"\bblock\w* (?:all |any )?access|\btreat\w*[^.;]{0,40}\bas (?:nonexistent|if (?:they|it) did not exist|though (?:they|it) did not exist)|"
          r"\bnot (?:be )?(?:visible|viewable|accessible)\b|\bneither\b[^.;]{0,80}\bnor\b[^.;]{0,80}\b(?:shall|may)\b",
          SHARE + r"|\bavailable\b|\bvisible\b|\bgive\w*|\bgiven\b|\bused (?:by|to|for)\b[^.;]{0,80}(?:" + IMMIGRATION + r")|\bfurnished\b|\bresponse\b|\banswer\w*"),
         # (nor a bar on giving immigration agents the use of a place: "will not receive special or enhanced access to City
         # Property for operations enforcing federal immigration law")
         unless=(r"for (?:the purposes? of )?(?:employment|licensing|housing|tenant)", r"\bremove the immigration", r"^(?!.*(?:immigration (?:authorit|agenc|officer|official|enforcement|and customs)|homeland security|\bice\b|customs enforcement|citizenship and immigration|enforc\w*\b[^.;]{0,40}\bimmigration law)).*\b(?:consequences?|advi[cs]\w*)\b[^.;]{0,80}\bimmigration laws?\b",
                 # (what a plea advisement warns of: "federal immigration authorities will usually still treat it as a
                 # conviction, and the sealing ... will not protect you")
                 r"\badvisement\b|\bif you (?:are|were) not a (?:united states )?citizen\b",
                 r"^(?!.*\b(?:records?|information|data|files?)\b).*\baccess to (?:\w+ ){0,2}(?:property|premises|buildings|facilities|grounds)\b",
                 # (nor a limit on handing over the person: "shall release the person from the public lobby ..., and shall
                 # not transport the person to any facility operated by ... a federal immigration authority")
                 r"^(?!.*\b(?:records?|information|data|files?|history|reports?)\b).*\b(?:releas|transport|transfer|deliver)\w* (?:the |that |such |an? )?"
                 r"(?:person|individual|inmate|prisoner|detainee)\b",
                 # a fee not charged for access, which bars nothing ("shall not charge the Department of Homeland Security
                 # any fee for access")
                 r"\b(?:charge|collect|impose|assess)\w*\b[^.;]{0,60}\b(?:fees?|costs?|charges?)\b",
                 # a ban on policies, which an anti-sanctuary bill's title names ("prohibiting enactment or adoption of certain
                 # policies"), bars no sharing
                 r"\bprohibit\w* (?:the )?(?:enactment|adoption|implementation)\b[^.;]{0,40}\bpolic",
                 # a ban for another purpose only: a registry of people by religion or status (Vermont's registry ban)
                 r"\bfor (?:the purposes? of )?(?:creating|establishing|compiling|maintaining|building|contributing to)\b[^.;]{0,40}"
                 r"\b(?:registry|registries|database of (?:individuals|persons|people))\b",
                 # the person's immigration hardship, not an immigration authority ("the court shall not grant it
                 # ... because of rehabilitation, equitable factors, or immigration hardship")
                 r"\bimmigration (?:hardship|consequences?)\b(?![^.;]*\b(?:authorit|agenc|officer|enforcement|ice\b|homeland))",
                 # a legislature's findings, and a defendant not made to state their own status, share nothing
                 r"\b(?:general assembly|legislature|council|congress) (?:hereby )?(?:finds|declares)|\bgive effect to\b",
                 # an advisory telling the person what relief will not keep from federal authorities ("explaining that an
                 # expungement ... will not prevent federal authorities from learning of the offense") bars no sharing
                 r"\b(?:explain|advis|inform|warn|tell|notif|stat(?:e|es|ing))\w*\b[^.;]{0,60}\bthat\b[^.;]{0,200}\b(?:will|would|may|"
                 r"might|does|do|can) not (?:\w+ )?(?:prevent|stop|keep|remove|cure|erase|eliminate|bar|hide|be recogni[sz]ed|be honou?red|be given effect)\b",
                 r"\b(?:required|compelled|asked) to (?:disclose|state|reveal|provide)\b[^.;]{0,60}\b(?:immigration|citizenship) status",
                 # a person not made to state a status: no records kept from anyone
                 r"\b(?:require|compel|ask)\w* (?:the |a |any )?(?:defendant|person|individual|applicant|student|parent)\b[^.;]{0,20}"
                 r"\bto (?:disclose|state|reveal|provide)\b",
                 # a ban on asking about or looking into a person's status, where no authority is named, keeps
                 # nothing from immigration authorities (a city's own questions, its own investigations)
                 r"\b(?:shall|may|must) not (?:\w+ )?(?:request|solicit|inquire|ask|investigate)\w*[^.;]{0,120}"
                 r"\b(?:immigration|citizenship) status\b(?![^.;]*\b(?:authorit|agenc|officer|ice\b|homeland|federal))",
                 r"\bno\b[^.;]{0,120}\b(?:shall|may|must) (?:request|solicit|inquire|ask|investigate)\w*[^.;]{0,120}"
                 r"\b(?:immigration|citizenship) status\b(?![^.;]*\b(?:authorit|agenc|officer|ice\b|homeland|federal))",
                 # spending on enforcement is not sharing records (Or. Rev. Stat. § 181A.820(2))
                 r"\buse (?:of )?(?:agency |any |state |city |county |local |public )?(?:moneys|funds|resources|equipment|personnel)",
                 SAVING + r"[^.]{0,240}" + SHARE, r"\bexcept\b[^.;,]{0,60}" + IMMIGRATION,
                 r"\bexcept\b:?" + LISTED + r"{0,250}?\(\w{1,4}\)[^.;(]{0,80}" + IMMIGRATION,
                 # a person's release from custody, not a release of records ("prohibits the jail custodian from
                 # delaying a defendant's release for the purpose of an immigration enforcement operation")
                 r"^(?![^.;]*\b(?:notif\w*|inform|tell|contact|advise)\b)[^.;]*(?:'s|s'|their|his|her|\beligib\w* for(?: an?)?) release\b(?! dates?\b| information\b)(?![^.;]*\b(?:disclos\w*|shar\w*|transmit\w*|records?|information|data)\b)",
                 # a limit on holding people for a detainer, nothing said of records ("shall not hold any person in
                 # custody ... solely because the ... Department of Homeland Security has issued a civil immigration detainer")
                 r"\b(?:shall|may|must) not (?:hold|detain|keep)\b[^.;]{0,60}\bin custody\b(?![^.;]*\b(?:notif\w*|notices?|information|records?|data)\b)",
                 # ... or beyond the time the person would be released ("nor shall any such officer continue to hold a
                 # person beyond the time at which the person would otherwise be released solely in order to transfer
                 # custody"), and a benefit agency's check of a person's status (the SAVE program), no records named
                 r"^(?![^.;]*\b(?:records?|information|data|files?|criminal histor\w*|notif\w*|informs?|tell|advise|dates?)\b)[^.;]*"
                 r"\b(?:person|individual|defendant|inmate)\b"
                 r"[^.;]{0,30}\b(?:would|will|shall|is|are|be) (?:otherwise )?(?:be )?released\b",
                 r"^(?![^.;]*\b(?:criminal|records?|arrest\w*|convict\w*|offen[cs]es?|booking|jail|custody)\b)[^.;]*\b(?:verif\w*|confirm\w*)\b"
                 r"[^.;]{0,80}\b(?:lawful presence|"
                 r"immigration status|citizenship)\b",
                 # a ban on limits, item by item ("shall not do any of the following related to information regarding the
                 # citizenship or immigration status ...: c. Prohibit the communication of such information to federal law
                 # enforcement agencies"): the two negatives open sharing, which the cooperation rules read
                 r"\bnot do any of the following\b[^.;]{0,300}:\s*(?:\(?\w{1,3}[.)]\s*)?(?:prohibit|restrict|limit|imped|prevent|"
                 r"discourag|direct)\w*"),
         part="immigration authorities"),
    # A bar on giving cleared records to any federal agency reaches immigration agencies ("Sealed records shall not
    # be made available to any federal agency").
    Rule("federal-records", "partial",
         (DENIAL + r"[^.;]{0,60}\b(?:" + SHARE + r"|available|accessible)\b[^.;]{0,80}\bto (?:any|a) (?:federal "
          r"(?:agenc\w*|authorit\w*|government|officials?|officers?|entit\w*)|agency of the (?:federal|united states) government)",
          RELIEF + r"|\b(?:the|such) (?:record|order)\b"),
         # (the record may be named as "the record" after the relief is named in the section: "(a) Upon receipt of an
         # order of expungement, ... (c) After the order is entered, the department shall not disseminate the record
         # ... to any federal agency for any purpose")
         elsewhere=(RELIEF,),
         # (a saving that lets a federal agency have the record is no bar: "Nothing in this section prohibits the bureau
         # from disclosing an expunged record to a federal agency when the disclosure is required by federal law")
         unless=(r"\bexcept\b", r"for (?:the purposes? of )?(?:employment|licensing|housing|tenant)", SAVING),
         part="immigration authorities"),
    # A law that gives no authority to share with federal officials ("Nothing in this article authorizes the
    # disclosure of juvenile information to federal officials absent a court order ...").
    Rule("federal-records", "partial",
         (r"\bnothing in this (?:article|act|section|chapter|title|part|subchapter)\b[^.;]{0,20}\bauthoriz\w*\b[^.;]{0,40}"
          r"\b(?:disclos|disseminat|shar|releas|transmi|attach)\w*[^.;]{0,80}\b(?:" + FEDERAL + r")",),
         part="immigration authorities"),
    # Requests from federal immigration enforcement are declined ("If a public body receives a communication
    # or request from a federal agency that relates to immigration enforcement ..., the public body shall
    # decline the request").
    Rule("federal-records", "partial",
         (IMMIGRATION, r"\b(?:shall|must) (?:promptly |immediately )?(?:decline|refuse|deny)\b",
          r"\b(?:request|communication|inquiry|detainer)s?\b"),
         unless=(SAVING, r"\bexcept\b[^.;]{0,60}" + IMMIGRATION, r"\b(?:no|not|nothing)\b[^.;]{0,60}\b(?:decline|refuse|deny)"),
         part="immigration authorities"),
    # Cleared or criminal-history records that may or must go to immigration or federal authorities; an exception that
    # lets them through; a savings clause that keeps sharing open or keeps the records in federal files.
    Rule("federal-records", "against",
         # (or in a digest's words: "adds an exception authorizing the bureau to provide an expunged record to the United
         # States Department of Homeland Security")
         (r"(?:\b(?:may|shall|must|is authorized to|are authorized to|(?:has|have|shall have) (?:the )?(?:authority|power) to|"
          + DIRECTS + r" (?:(?:[\w-]+ ){0,3}?|(?:[\w-]+ ){0,2}[\w-]+,[^,.;]{0,120}, )to)\b"
          # a time clause set inside the verb ("shall, not later than the tenth day after the judgment, send")
          r"(?:,[^,.;]{0,120},)? (?:\w+ ){0,3}"
          # (or after a duty to keep them: "shall be retained by the central repository and furnished on request to")
          r"(?:(?:by|in) [^.;,]{0,60} and )?"
          + SHARE + r"|available|accessible|\bmake\w* (?:\w+ ){0,6}(?:available|accessible)|\bgiv(?:e|en)\b|\b(?:hand|turn)\w* over\b)"
          # (the federal body perhaps last in a long list: "to private persons, businesses, public agencies, ..., including
          # state or federal licensing and regulatory agencies"; "to any similar governmental bureau, sheriff, ..., or any
          # officer of similar rank and description of the federal government")
          r"[^.;]{0,160}\b(?:to|with)\b(?:[^.;]{0,100}?|[^.;]{0,200}?\b(?:including|, or) (?:any |an? |the )?|"
          # (or an item of a list run on in the sentence: "may be disclosed only to (a) a court ...; (b) ...; (c) the
          # Department of Homeland Security")
          r"(?:[^.;]|;(?=\s*(?:and |or )?\(\w{1,4}\))){0,400}?\(\w{1,4}\)\s*(?:any |an? |the )?(?:united states )?(?:[\w-]+ ){0,2}?(?:of )?)"
          r"(?:" + FEDERAL + r"|bureau of (?:immigration|citizenship))|"
          # ... or caused to go ("shall cause a certified copy of the indictment ..., the judgment, and the sentence to be
          # transmitted to the nearest field office of United States Immigration and Customs Enforcement")
          r"\b(?:shall|must|may)(?:,[^.;]{0,200}?,)? cause\b[^.;]{0,160}\bto be (?:transmitted|sent|forwarded|delivered|furnished|provided|mailed|reported|submitted) "
          r"(?:(?:through|by means of|via) [^.;]{0,80}? )?to (?:the )?(?:[\w-]+ ){0,4}?(?:of )?(?:the )?(?:united states )?(?:" + FEDERAL + r")|"
          # ... after a long description of what goes, the federal body named right after "to" ("may furnish state summary
          # criminal history information relating to an arrest or conviction for which relief has been granted under
          # Section 851.93, 1203.4, or 1203.425 to any federal agency")
          r"\b(?:may|shall|must)\b(?:,[^,.;]{0,120},)? (?:\w+ ){0,3}" + SHARE
          + r"(?:(?!\b(?:not|no|never|nor|except|unless|consent|request of)\b)[^.;]){0,240}\bto (?:any |a |an |the )?(?:united states )?"
          r"(?:" + FEDERAL + r")(?![^.;]{0,60}\b(?:consent|request) of the (?:person|individual|subject|petitioner|defendant)\b)|"
          # a list of recipients that ends with a federal one ("... to the sheriff of any county ..., or to the head of any
          # federal law enforcement agency"); a duty, in a list under "shall", to exchange records with federal officials
          r"\b(?:may|shall|must|(?:has|have|shall have) (?:the )?(?:authority|power) to)\b (?:\w+ ){0,3}" + SHARE
          + r"[^.;]{0,400}\bor (?:to|with) (?:the )?(?:head of )?(?:any |a |the )?(?:" + FEDERAL + r")|"
          r"\b(?:shall|may|must)\b[^.]{0,600}?\(\w{1,4}\)\s*(?:exchange|share|disclose|provide|transmit|furnish|disseminate|forward|send)\w*\b"
          r"[^.;]{0,100}\b(?:to|with)\b[^.;]{0,100}?(?:" + FEDERAL + r")|"
          # ... or asked for by the federal body and handed over ("Upon request of the ... Department of Homeland Security ...,
          # the state patrol shall furnish any record of an arrest, charge or conviction")
          # ... or handed over when one asks ("shall furnish criminal history record information, including ... expunged or
          # sealed ..., in response to any request by ... United States Citizenship and Immigration Services")
          r"\b(?:shall|must)\b[^.;]{0,40}?\b(?:furnish|provide|release|disclose|transmit|send)\w*\b[^.;]{0,200}?\bin response to (?:a |an |any |each )?"
          r"requests? (?:by|from|of)\b[^.;]{0,80}?(?:" + FEDERAL + r")|"
          r"\b(?:upon|at|on) (?:the )?(?:written )?request (?:of|by|from) (?:the |an? |any )?(?:[\w-]+ ){0,4}?(?:" + FEDERAL + r")"
          r"[^.;]{0,120}(?:\b(?:shall|must|may) (?!not\b)|,? to )(?:\w+ ){0,2}?" + SHARE,
          # what goes is a criminal record, not any information (a shelter list, a damage assessment), unless it goes to an
          # immigration agency
          RELIEF + r"|record|criminal history|judgment|conviction|\bconfidential file|(?:criminal|arrest|offender|identification|booking|custody|"
          r"case|justice) (?:\w+ )?information|information\b[^.;]{0,40}\b(?:arrest|conviction|charge|offen[cs]e|criminal|custody|release)|"
          r"information\b[^.;]{0,120}(?:" + AGENCY + r")"),
         # (a background check for a job or a licence is the only purpose, not one of several: "shall remain available
         # to any criminal justice agency, including federal agencies, for purposes of the administration of criminal
         # justice, for the screening of applicants for employment ...")
         unless=(DENIAL + NOT_PUBLIC + NOT_REMOVAL + r"[^.;]{0,240}(?:" + FEDERAL + r")",
                 # the person's own choice to send it ("only with the written consent of the person")
                 r"\b(?:with|upon|at) (?:the )?(?:written )?(?:consent|authorization|request) of the (?:person|individual|subject|"
                 r"petitioner|defendant|applicant)\b", EXCLUDES_CLEARED,
                 r"^(?!.*\b(?:administration of criminal justice|criminal justice purposes?|law enforcement purposes?|any (?:other )?"
                 r"(?:lawful )?purpose|(?:detection|investigation|prosecution) of crimes?)\b).*for (?:the purposes? of )?(?:employment|licensing)",
                 # what the defendant is told at a plea ("inform the defendant that ... records of the conviction may be shared
                 # with federal agencies"), which gives no one the records
                 r"\b(?:inform|advise|warn|tell|notify)\w* (?:the )?(?:defendant|accused)\b[^.;]{0,200}\bthat\b",
                 PERSON_MAY, OVERSIGHT_REPORT, r"\bno (?:\w+ ){0,3}(?:requests?|inquir(?:y|ies))\b[^.;]{0,60}\b(?:shall|may) be (?:forwarded|sent|transmitted|referred)\b",
                 r"in order to request\b|\b(?:suitable|fit) for (?:filing|use|submission|presentation) (?:with|in|before)\b|\b(?:number|count|statistics|totals?) of (?:\w+ ){0,3}(?:requests?|inquir(?:y|ies)|disclosures?)\b",
                 # a record of employment eligibility, not a criminal one ("records of verification" under E-Verify)
                 r"\be-?verify\b|\bemployment (?:eligibility|verification)\b",
                 # kept from the federal body ("except that such information is not available to an agency of the military
                 # forces of the United States")
                 r"\b(?:is|are|be) not (?:\w+ )?(?:available|accessible|open)\b[^.;]{0,100}\b(?:to|with)\b[^.;]{0,100}?(?:" + FEDERAL + r")",
                 # a duty to delete the record from a file that federal agencies can see
                 r"\b(?:delet|remov|purg|expung|destroy)\w*\b[^.;]{0,40}\b(?:from|in)\b[^.;]{0,80}\b(?:available|accessible) to\b",
                 # the usual route for what federal law requires, unless it names an immigration agency, "federal
                 # authorities" or federal agencies as the one given the records ("... to federal agencies as
                 # required by federal law"), not as the one whose rule requires it ("or a rule of a federal agency")
                 r"^(?!.*(?:" + AGENCY + r"|federal authorities|\b(?:to|with) (?:any |all |other )?federal agenc(?:y|ies))).*(?:required|authorized|mandated) by (?:federal law|"
                 r"the laws of the united states|federal statute)",
                 r"\bnothing (?:contained )?(?:in|from|of) (?:a|an|the|any) (?:\w+ )?(?:record|file|information)s?\b",
                 r"\bneither\b[^.;]{0,80}\bnor\b", NOTHING_PERMITS,
                 # ("may only be disclosed consistent with the Registrar's functions ... and not ... provided to an agency that
                 # primarily enforces immigration law")
                 r"\b(?:and|or) not\b[^.;]{0,80}\b(?:provided|disclosed|shared|released|given|made available) to\b",
                 r"\b(?:block|deny|prevent)\w* (?:all |any )?access",
                 # a report barred from federal agencies ("no report shall be transmitted to any federal agency other than ...")
                 r"\bno (?:\w+ ){0,3}(?:reports?|data|cop(?:y|ies)|documents?)\b[^.;]*\b(?:shall|may|must)\b",
                 # records kept back ("shall refrain from making a cleared record ... available to any federal agency")
                 r"\b(?:refrain\w* from|declin\w* to|refus\w* to)\b",
                 # the order sent on so that its holders clear the record ("shall send a copy of the order to each federal
                 # agency holding the record"): the practice, not a record given
                 r"\b(?:send|transmit|forward|provide|furnish|deliver|mail|serve)\w* (?:a |the )?(?:certified )?cop(?:y|ies) of "
                 r"(?:the |an? |such |each |that |any )?(?:\w+ ){0,2}(?:orders?|decrees?|notices?)\b(?! of (?:conviction|arrest))"
                 r"(?!,? (?:and|or) (?:of )?(?:the )?(?:\w+ )?(?:records?|files?)\b)",
                 # ... or a request that they remove it ("shall send to the custodian of each federal repository ... a
                 # written request that every entry relating to the cleared record be removed")
                 r"\b(?:send|transmit|forward|submit|deliver|mail)\w*\b[^.;]{0,200}\b(?:a |the )?(?:written )?requests? (?:that|to)\b[^.;]{0,80}"
                 r"\b(?:remov|delet|purg|expung|destroy)\w*",
                 # papers sealed while a prosecution is pending, given to the federal prosecutor ("to provide the U.S.
                 # Attorney's Office with a copy" of "a sealed indictment"): no cleared record
                 r"^(?!.*\b(?:expung|expunct|eras|vacat|set aside|shield|nondisclos|convict|criminal histor)\w*)"
                 r".*\bsealed (?:indictments?|(?:search )?warrants?|affidavits?|presentments?|criminal complaints?)\b", KEPT_OFF,
                 NOT_REQUIRED_TO_SEND)),
    # Cleared records that stay in federal files ("shall continue to report them to the Federal Bureau of
    # Investigation"; "shall not affect the transmission of that record to the Federal Bureau of Investigation").
    Rule("federal-records", "against",
         (r"continue to (?:report|send|transmit|forward|submit|maintain|make)\w*[^.;]{0,120}(?:federal bureau|\bfbi\b|interstate identification|"
          r"national crime information|\bncic\b)|"
          r"(?:shall|does|will) not affect\b[^.;]{0,60}\b(?:records?|information)\b[^.;]{0,60}\b(?:maintained by|furnished to|held by|sent to|in the possession of)"
          r"\b[^.;]{0,40}(?:" + FEDERAL + r"|federal bureau|\bfbi\b)|"
          # ("agencies, including the Federal Bureau of Investigation ..., may continue to access and use the record")
          r"(?:federal bureau of investigation|\bfbi\b|federal (?:law enforcement |criminal justice )?agenc\w*)[^.;]{0,80}\b(?:may|shall|will) "
          r"(?:continue to|still) (?:access|use|obtain|receive|retain|see|keep)\b|"
          r"(?:not affect|not prevent|not limit)\w*[^.;]{0,40}(?:transmission|reporting|forwarding|submission|retention)[^.;]{0,60}"
          r"(?:federal bureau|\bfbi\b|interstate identification)|(?:federal bureau of investigation|\bfbi\b)(?:(?!,? and\b)[^.;]){0,40}\b(?:shall|may) (?:retain|keep|maintain)",
          RELIEF + r"|\bconfidential file|\bnotwithstanding (?:the|such|an?|that) order\b"),),
    Rule("federal-records", "against",
         (r"(?:" + FEDERAL + r")(?:(?!,? and (?:the |each |every |any )?\w+ (?:shall|may)\b)[^.;]){0,40}\b(?:may|shall) (?:\w+ )?(?:receive|obtain|access|have access|inspect|request)|"
          r"\bmay (?:\w+ ){0,2}(?:receive|obtain|access|inspect)[^.;]*:[^.]*\b(?:" + FEDERAL + r")|"
          r"\bmay (?:\w+ ){0,2}(?:be )?(?:disclosed|released|provided|made available|shared|disseminated)\b[^.;]*?(?:\bto)?:[^.]*\b(?:"
          + FEDERAL + r"|federal bureau of investigation)",
          RELIEF + r"|record|criminal history"),
         unless=(DENIAL + r"[^.;]{0,60}(?:receive|obtain|access|have access|inspect)", KEPT_OFF, PERSON_MAY)),
    # A list of those permitted to inspect closed records that names a federal office ("Inspection of the records
    # and files shall be permitted by: ... (4) Law enforcement officers and prosecuting attorneys of this state,
    # the United States, or any other jurisdiction"), even after a bar on the public.
    Rule("federal-records", "against",
         (r"\b(?:inspection|access|examination|review|disclosure|release)\b[^.;]{0,60}\b(?:(?:shall|may) be|is|are) (?:permitted|allowed|granted|made)\b"
          r"[^.;]{0,80}[:\u2014][^.]{0,800}?\(\w{1,4}\)\s*[^.;]{0,80}(?:" + FEDERAL + r")",
          RELIEF + r"|records?|files?|criminal history"),
         unless=(DENIAL + r"[^.;]{0,200}(?:" + FEDERAL + r")",)),
    # ... and a list of those a repository shall furnish criminal history to ("the Bureau shall furnish a copy of all
    # information ... to: (1) Criminal justice agencies ... of the State ... or to any similar agency ... of the
    # United States", Del. Code Ann. tit. 11, § 8513(a)).
    Rule("federal-records", "against",
         (r"\b(?:shall|may)\b[^.;]{0,20}\b(?:furnish|provide|disseminate|release|disclose|make available)\w*\b[^.;]{0,200}"
          r"\b(?:criminal history|records?|information)\b[^.;]{0,200}\bto(?:\s*|\b(?: the following\b)[^.;:]{0,160}?)[:\u2014]" + LISTED
          + r"{0,600}?\(\w{1,4}\)\s*"
          r"[^.;(]{0,200}?(?:" + FEDERAL + r")",
          RELIEF + r"|records?|criminal history"),
         unless=(DENIAL + r"[^.;]{0,200}(?:" + FEDERAL + r")",)),
    Rule("federal-records", "against",
         # (not a court order's or warrant's exception before the ICE officer the bar keeps out, Nev. A.B. 217 (2025))
         (DENIAL + r"[^.;]{0,160}\bexcept\b(?! (?:pursuant to|upon|with|under|by|in response to) (?:an? |the )?(?:lawful |valid |signed |judicial )*(?:court orders?|orders? of (?:a |the )?court|warrants?|subpoenas?)\b)(?:[^.;]{0,80}|(?:(?!\bnot\b|\bno\b|\bnor\b)[^.;]){0,140}\bto (?:the |any |an? )?(?:united states )?(?:department of )?)(?:" + IMMIGRATION + r")|"
          + DENIAL + r"[^.;]{0,60}\bexcept\b:?[^.]{0,250}?\(\w{1,4}\)\s*(?:to )?(?:the |any |an? )?(?:united states )?(?:" + FEDERAL + r")|"
          # (an item that names the officer after "when disclosure is to": "(5) When disclosure is to a tribal, federal, or
          # state officer, employee, or agency in their official capacity", Cherokee Code § 7A-29(a))
          + DENIAL + r"[^.;]{0,60}\bexcept\b:?[^.]{0,250}?\(\w{1,4}\)\s*(?:when|where|if) (?:the )?(?:disclosure|release|inspection) "
          r"is (?:made )?to (?:the |any |an? )?(?:(?:tribal|state|local|county|municipal),? )?(?:" + FEDERAL + r")|"
          # an item of the exceptions that names an immigration office ("(3) an agency ... deciding a petition for an
          # immigration benefit")
          + DENIAL + r"[^.;]{0,60}\bexcept\b:?" + LISTED + r"{0,250}?\(\w{1,4}\)[^.;(]{0,80}(?:" + IMMIGRATION + r")|"
          # (the immigration office inside the exception, not the subject of the bar after it: "Except in response to a
          # judicial warrant or other court order, ICE agents shall not be allowed access to individuals in custody")
          r"\bexcept (?:for )?[^.;,]{0,60}(?:" + IMMIGRATION + r")[^.;]{0,120}" + DENIAL + r"|"
          # kept from everyone but agencies, a federal one among them ("will not be available for dissemination purposes
          # other than to a criminal justice agency of any state or a federal criminal justice agency")
          r"\bnot (?:be )?(?:available|disclosed|released|disseminated|open|accessible|shared)\b[^.;]{0,60}\b(?:other than|except)\b"
          r"(?: to\b)?(?:(?!\bnot\b|\bno\b|\bnor\b)[^.;]){0,200}(?:" + FEDERAL + r")|\b(?:sealed|closed|confidential)\b[^.;]{0,20}\b(?:to|from) (?:all|any|every) (?:persons?|one)\b[^.;]{0,20}\bexcept\b[^.;]{0,160}(?:" + FEDERAL + r")|"
          r"\b(?:shall|does|do) not apply to\b[^.;]{0,80}(?:" + FEDERAL + r")|"
          r"(?:declin|refus|fail)\w* to (?:honou?r|comply with)[^.;]{0,40}\bdetainers?\b[^.;]{0,80}\b(?:ineligible|penalt|liable|forfeit|fine)",)),
    Rule("federal-records", "against",
         (r"\bonly to\b[^.]{0,250}\(\w{1,4}\)\s*(?:the )?(?:united states )?(?:" + IMMIGRATION + r"|federal (?:immigration )?(?:authorit|agenc)\w*)|"
          # (or a list of whom a release may go to, in one sentence: "may release the expunged record ... (a) to the
          # petitioner ...; (d) to federal authorities, where a federal statute ... requires the disclosure")
          # (the "to" may come before the list, and the office may be joined to another: "(2) the Federal Bureau of Investigation and United States Immigration and Customs Enforcement, upon request")
          r"\bmay (?:release|disclose|disseminate|provide|furnish|make available)\b[^.]{0,400}?[;,]?\s*(?:and |or )?\(\w{1,4}\)\s*(?:to )?"
          r"(?:the )?(?:united states )?(?:[^.;()]{0,80}?\b(?:and|or) (?:the )?(?:united states )?)?(?:" + IMMIGRATION + r"|federal (?:immigration )?(?:authorit|agenc)\w*)|"
          # (or items set off by semicolons: "shall remain available ... to the courts of this state; to prosecuting attorneys;
          # to federal law enforcement agencies, including agencies charged with enforcing the immigration ... laws")
          r"\b(?:available|may (?:release|disclose|disseminate|provide|furnish))\b[^.]{0,400}?;\s*(?:and |or )?to (?:the )?"
          r"(?:united states )?(?:" + IMMIGRATION + r"|federal (?:law enforcement |criminal justice |immigration )?(?:authorit|agenc)\w*)|"
          # (or an officer enlisted to send them: "may enter into federal immigration databases and transmit to the Department of
          # Homeland Security the arrest records, fingerprints, photographs and criminal histories")
          r"\b(?:shall|must|may)\b[^.;]{0,60}?\b(?:transmit|send|forward|furnish|provide|disclose|share|release)\w*\b[^.;]{0,10}\bto (?:the )?"
          r"(?:united states )?(?:department of )?(?:" + IMMIGRATION + r")[^.;]{0,60}\b(?:records?|fingerprints?|criminal histor(?:y|ies))\b|"
          r"(?:request|demand|subpoena)s? (?:of|from|by) (?:a |an |the |any )?(?:" + FEDERAL + r")[^.;]{0,120}\b(?:shall|must|may)\b[^.;]{0,30}"
          r"\b(?:" + SHARE + r"|unseal)|"
          r"\b(?:287\(g\)|1357\(g\))|"
          r"\b(?:include|report|disclose|contain)\w*[^.;]{0,60}\bwhether or not (?:\w+ ){0,2}(?:sealed|expunged|set aside|vacated|cleared)",
          # (ICE's "detention and removal" work names a function, not a record kept on anyone)
          RELIEF + r"|record|criminal history|custody|detentions?\b(?!,? (?:and )?removals?\b)"),
         # a ban on such agreements protects ("No agency or agent shall enter into an agreement under U.S.C.
         # Title 8 § 1357(g)", East Chicago (Ind.) City Code § 39.055(C)), however long the list of what it bans
         # ("... any contract, agreement, or arrangement, whether written or oral, that would grant ...,
         # including but not limited to agreements created under 8 U.S.C. Sec. 1357(g)", Wash. Rev. Code § 10.93.160)
         unless=(DENIAL + r"[^.;]{0,200}(?:" + FEDERAL + r")",
                 r"\b(?:no|not)\b[^.;]{0,60}\benter\w* into\b[^;]{0,260}(?:287\(g\)|1357\(g\))",
                 # (a report of how many were held, a 287(g) program named among the reasons: counts, no records)
                 r"\breport\w*\b[^.;]{0,120}\bnumber of (?:people|persons|individuals|detainees)\b",
                 # a definition names who the bill's term takes in; it gives them nothing ("'agency enforcing civil
                 # immigration law' includes ... any state or local partner of that department acting under 8 U.S.C.
                 # § 1357(g)")
                 r"[\"“][^\"”]{2,80}[\"”],? (?:means|includes|shall mean|shall include)\b", r"\bcop(?:y|ies) of (?:any |all |each |the )?(?:formal or informal |written )?(?:agreements?|arrangements?|contracts?|memorand\w*)\b")),  # (nor copies of the agreements made public, R.I. Gen. Laws § 31-21.2-8(d))
    # A definition that makes an immigration agency a criminal justice agency, where cleared records stay open to
    # such agencies ("'criminal justice agency' includes any federal agency ..., including the Department of
    # Homeland Security. Sealed records remain available to criminal justice agencies").
    Rule("federal-records", "against",
         (r"(?:criminal justice|law enforcement) agenc\w*\W{0,3} (?:means|includes)\b[^.;]{0,160}(?:" + AGENCY + r")",
          r"\b(?:available|accessible|disclos\w*|releas\w*|disseminat\w*)\b[^.;]{0,40}\b(?:criminal justice|law enforcement) agenc",
          RELIEF),
         window=2),
    # A duty to answer federal requests for records ("shall comply with any request from federal authorities for
    # ... conviction information"), and a savings clause that keeps records flowing to a federal agency ("An order
    # of nondisclosure does not prohibit the department from disseminating the information to a federal agency").
    # The usual route for what federal law itself requires is not named (see tests/corpus/README.md).
    Rule("federal-records", "against",
         (r"\b(?:comply|respond|honou?r|answer)\w* (?:with |to )?(?:an? |any |the |all |every |each )?(?:\w+ )?"
          r"(?:requests?|inquir\w+|quer\w+|demands?|subpoenas?) (?:for [^.;]{0,60}? )?(?:from|by|of|made by) (?:the |a |an |any )?(?:united states )?(?:"
          + FEDERAL + r")|"
          r"(?:" + SAVING + r"|(?:does|do|will) not (?:\w+ )?(?:prohibit|restrict|limit|prevent)\w*)"
          r"[^.]{0,240}(?:" + SHARE + r")[^.;]{0,160}\b(?:to|with) (?:the |a |an |any )?(?:united states )?(?:department of )?(?:" + FEDERAL + r")",
          RELIEF + r"|record|criminal history"),
         unless=(r"(?:required|authorized|mandated) by (?:federal law|the laws of the united states|federal statute)",
                 r"\b(?:not|never|no)\b[^.;]{0,40}\b(?:comply|respond|honou?r|answer)",
                 # (an item of a list of what is forbidden: "No ... shall use City funds ... to assist ..., including by: ...
                 # (3) responding to a request from a federal immigration authority")
                 r"^\W*(?:\(\w{1,4}\)\s*)*(?:no|neither)\b[^.;]{0,200}\b(?:shall|may)\b[^.;]{0,200}\bincluding\b",
                 # the answer is a refusal ("In responding to a request ... from a federal immigration agency, a state
                 # agency shall not disclose the existence of any conviction that has been vacated")
                 r"\bin (?:responding|answering|complying)\b[^.;]{0,200}\b(?:shall|may|must) not (?:\w+ )?" + SHARE,
                 # "Nothing in this article authorizes the disclosure ... to federal officials" limits sharing; "Nothing in this chapter requires the state patrol to transmit a record ... to any federal agency" opens nothing
                 r"\bnothing in this\b[^.;]{0,40}\bauthoriz", NOT_REQUIRED_TO_SEND, OWN_DISCLOSURE)),
)  # fmt: skip

FEDERAL_AT_LARGE = (
    r"(?:federal (?:agenc|government|authorit|official|officer|law enforcement)\w*|(?:agenc(?:y|ies)|departments?|officers?|"
    r"officials?)\b(?:(?!\b(?:laws?|statutes?)\b)[^.;]){0,40}\bof (?:the )?(?:united states|federal government))"
)
"""Federal hands at large ("any agency of the United States"), not federal law's route ("as authorized by the laws
of the United States")."""
BARRED_TO_FEDERAL = (
    r"(?:\b(?:shall|may|must) not be|\bno\b[^.;]{0,160}\b(?:shall|may) be)\s(?:\w+ )?(?:disclosed|transmitted|released|furnished|"
    r"provided|made available|shared|sent|forwarded|given)\b[^.;]{0,80}?\bto (?:any |an? |the )?(?:[\w,]+ ){0,3}?"
    + FEDERAL_AT_LARGE
)
"""A bar whose object is a federal body ("No expunged record ... shall be disclosed to any department, agency or
officer of the federal government")."""
_IMMIGRATION_BAR = next(r for r in RULES if r.strength == "partial" and r.patterns[0] == IMMIGRATION)
# A bar on giving cleared records to any federal body keeps them from immigration agencies too (not an employer's use).
_EMPLOYER = r"\bemploy\w*|\blandlords?\b|\bhousing\b|\blicens\w*|\bprohibit\w* (?:the )?(?:communicat|shar|exchang|send)\w*|\bf\.?b\.?i\b|bureau of investigation"
RULES = (
    *RULES,
    replace(
        _IMMIGRATION_BAR, patterns=(BARRED_TO_FEDERAL, RELIEF), unless=(*_IMMIGRATION_BAR.unless, _EMPLOYER)
    ),
)
