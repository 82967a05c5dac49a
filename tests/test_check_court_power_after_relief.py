"""`billkit check` on the court's power after record relief, on presumptions about pleas, and on vacatur
beside them, in the shapes of post-conviction statutes, expungement acts, court rules and session laws.

The texts are a critical reader's probes, written for these tests (no source). The reader wrote the
expected status before the first run and judged only the tool's output. They pin down, among others:
- powers that stay after relief but are no later challenge: jurisdiction kept "for the full term of
  probation" to revoke it on the prosecutor's motion, a protective order, restitution, the court that
  hears the petition ("exclusive original jurisdiction of petitions for expunction");
- the court's power kept in other words: "remains subject to a motion under section 29-3001 as though it
  had not been set aside"; "nothing ... precludes ... a court from hearing and granting, a motion to
  vacate";
- bars on the later challenge with the relief after the bar: "No motion to vacate ... may be heard by any
  court after the records of the conviction have been erased"; "no court of this state shall thereafter
  entertain any motion ... that challenges the validity of the expunged conviction" (which is no vacatur
  ground either); "the expungement shall be a complete bar to relief under this rule"; a person "who has
  been granted relief under this Act may not thereafter file a petition under the Post-Conviction Remedies
  Act";
- a presumption refused ("shall not give rise to any presumption that ... the plea was involuntary or
  invalid") or a plea "conclusively presumed" valid, which work against the presumption; a vacatur that
  follows "unless the presumption is rebutted". Rows the rules still read otherwise are left out, and
  named in the session's note.
"""

from __future__ import annotations

import pytest

from support import file_statuses

# Each probe text once, by name; a probe judged for two practices has two rows below.
TEXTS = {
    "j01": (
        "AN ACT relating to deferred disposition; amending section 19-2604, Idaho Code.\n\nSec. 1. "
        'Definitions. As used in this chapter: (1) "Deferred disposition" means an order under '
        'which the court withholds judgment and places the defendant on probation. (2) "Sealed '
        'record" means a record of arrest and prosecution to which public access has been '
        "restricted under section 19-2604A.\n\nSec. 2. (a) Upon entry of an order of deferred "
        "disposition, the court retains jurisdiction over the defendant for the full term of "
        "probation and may, on the motion of the prosecuting attorney and after a hearing, revoke "
        "probation and impose sentence if the defendant has violated a condition of "
        "probation.\n(b) The court's jurisdiction under subsection (a) continues until the term of "
        "probation expires or is terminated early under subsection (d), notwithstanding that the "
        "records of the arrest have been sealed under section 19-2604A during the term.\n(c) The "
        "court may extend the term of probation once, by not more than one year, where the "
        "defendant has not paid costs or fees, provided that no extension shall be ordered solely "
        "because the defendant is unable to pay.\n(d) Upon a showing that the defendant has "
        "complied with all conditions for not less than one (1) year, the court may terminate "
        "probation early and dismiss the case.\n(e) A dismissal under subsection (d) is not a "
        "conviction for the purposes of any disqualification or disability imposed by law, except "
        "that it may be considered in any later sentencing."
    ),
    "j02": (
        "SENATE BILL 411. AN ACT concerning the sealing of criminal records and the enforcement of "
        'restitution.\n\nSec. 7. Definitions. In this section, "restitution order" means an '
        "order entered under section 17-14-3 requiring a defendant to compensate a victim for "
        'economic loss, and "sealing" means restriction of access under section 17-14-9.\n\nSec. '
        "8. (a) The sealing of a record under this chapter does not relieve the person of any "
        "obligation to pay restitution, fines or court costs ordered in the case.\n(b) Sealing "
        "does not divest the sentencing court of jurisdiction to enforce, modify, or collect a "
        "restitution order, and the court retains that jurisdiction until the order has been "
        "satisfied in full, whether or not the period of probation has expired.\n(c) Where a "
        "restitution order remains unpaid, the victim or the prosecuting attorney may move the "
        "court to convert the unpaid balance to a civil judgment, and the conversion shall not "
        "cause the sealed record to be unsealed.\n(d) A petition for sealing shall not be denied "
        "solely because restitution remains unpaid if the petitioner shows that he or she has made "
        "good-faith payments under a payment plan approved by the court."
    ),
    "j03": (
        "Section 1. Section 12-15-117 of the Code is amended to read:\n\n12-15-117. (a) Once a "
        "child has been adjudicated delinquent, the juvenile court shall retain jurisdiction over "
        "the child until the child attains the age of 21 years, unless the court sooner terminates "
        "its jurisdiction by order or the child is transferred for criminal prosecution.\n(b) "
        "During the period of retained jurisdiction, the court may modify its dispositional order, "
        "extend supervision, or order additional services where it finds that doing so is in the "
        "best interests of the child and the community.\n(c) The sealing of juvenile court records "
        "under Section 12-15-136 shall not affect the jurisdiction of the court under this "
        "section, and a sealed record may be examined by the court and the juvenile probation "
        "officer for the purpose of exercising that jurisdiction.\n(d) For the purposes of this "
        'section, "child" includes a person who was under the age of 18 at the time of the '
        "conduct alleged, irrespective of his or her age at the time of the proceedings.\n(e) "
        "Nothing in this section confers jurisdiction over a person who has attained the age of 21 "
        "years."
    ),
    "j04": (
        'Sec. 14. Effect on protective orders.\n\n(a) In this section, "protective order" means '
        "an order of protection, restraining order, no-contact order or stalking protective order "
        "issued in or in connection with the criminal case, whether as a condition of release, as "
        "a condition of sentence or in a separate civil proceeding.\n(b) An expungement granted "
        "under this Act does not vacate, terminate, or otherwise affect a protective order, which "
        "remains in force according to its terms.\n(c) The court that issued the protective order "
        "retains jurisdiction to enforce, extend, modify, or dissolve it, notwithstanding the "
        "expungement of the records of the underlying criminal case.\n(d) A law enforcement agency "
        "that receives notice of an expungement shall not remove from the protective order "
        "registry any entry relating to a protective order that remains in force.\n(e) A violation "
        "of a protective order described in this section may be prosecuted as if the underlying "
        "case had not been expunged."
    ),
    "j05": (
        "Rule 4.2. Petition to seal; venue; service.\n\n(a) Definitions. In this rule, "
        '"petitioner" means the person who is the subject of the record, and "prosecuting '
        'authority" means the office that prosecuted the offense or, where that office no longer '
        "exists, the office of the attorney general.\n(b) Venue. A petition to seal a record of "
        "conviction shall be filed in the circuit court of the county in which the conviction was "
        "entered; a petition to seal a record of arrest that did not result in a charge shall be "
        "filed in the circuit court of the county in which the arrest occurred.\n(c) Jurisdiction. "
        "The circuit court in which a petition is properly filed under subsection (b) has "
        "jurisdiction to hear and determine the petition, and where the petitioner has records in "
        "more than one county, the petitioner may file in any one of them and ask that court to "
        "seal all the records.\n(d) Service. The petitioner shall serve a copy of the petition on "
        "the prosecuting authority, which may file an objection within 60 days of service.\n(e) "
        "Hearing. If no objection is filed, the court may decide the petition without a "
        "hearing.\n(f) Effect. Once sealed, the record shall not be disclosed to any person except "
        "upon order of the court for good cause shown."
    ),
    "j06": (
        "Sec. 22. Reopening of sealed records; revocation.\n\n(1) For purposes of this section, "
        '"order of sealing" means an order entered under section 21 directing that the official '
        "records of a conviction be sealed.\n(2) Upon motion of the prosecuting attorney, "
        "supported by affidavit, the court that entered an order of sealing may reopen the sealed "
        "file, modify the order, or vacate its order of sealing, if it finds that: (a) the person "
        "was convicted of a new felony after the order was entered; (b) the order was obtained "
        "through fraud or misrepresentation in the petition; or (c) the person was not eligible "
        "for sealing when the order was entered.\n(3) The person shall be given notice of the "
        "motion and an opportunity to be heard, except that the court may reopen the file without "
        "notice for the limited purpose of reviewing it in connection with a pending "
        "prosecution.\n(4) If the court vacates its order of sealing, the clerk shall restore the "
        "records to the public docket and notify each agency that received the order.\n(5) An "
        "order under this section may be appealed in the same manner as an order granting or "
        "denying a petition for sealing."
    ),
    "j07": (
        "CHAPTER 211. AN ACT to provide for the setting aside of certain convictions.\n\nSec. 3. "
        '(a) In this section, "set aside" means an order under section 2 releasing the person '
        "from all penalties and disabilities resulting from the offense.\n(b) Notwithstanding that "
        "a conviction has been set aside, the conviction may be used by a prosecuting attorney in "
        "a later prosecution of the person, may be pleaded and proved as a prior conviction for "
        "the purpose of any enhanced penalty, and may be considered by the court in determining "
        "sentence for any later offense.\n(c) A set-aside conviction may be disclosed to a law "
        "enforcement agency for the purpose of investigating a new offense and to a court in any "
        "later criminal proceeding against the person.\n(d) A set-aside conviction shall be "
        "treated as a conviction for purposes of firearms prohibitions under section 9-41 and for "
        "purposes of licensure by a state agency that is expressly authorized by law to consider "
        "set-aside convictions.\n(e) Nothing in this section authorizes a person whose conviction "
        "has been set aside to deny the conviction when answering a question in an application for "
        "public office or for a peace officer certificate."
    ),
    "j08": (
        "Sec. 5. Time for filing; successive petitions.\n\n(a) A petition for expungement under "
        "this chapter may be filed at any time after the completion of the sentence, including any "
        "period of probation or parole, and no statute of limitations applies to such a "
        "petition.\n(b) A petition filed under subsection (a) shall be deemed timely filed "
        "regardless of the date of conviction, and regardless of whether the petitioner is in "
        "custody, on supervision, or outside the state at the time of filing.\n(c) If a petition "
        "is denied, the petitioner may file a new petition after one year from the date of denial, "
        "or sooner with leave of court upon a showing of changed circumstances.\n(d) The clerk "
        "shall not charge a filing fee for a petition filed by a person who has been found "
        "indigent in the underlying case.\n(e) The court shall rule on the petition within 90 days "
        "after the time for the prosecuting attorney's objection has expired."
    ),
    "j09": (
        'Section 9. Savings; other relief.\n\n(a) As used in this section, "automatic sealing" '
        "means sealing carried out by the Department of Justice under Section 4 without the filing "
        "of a petition.\n(b) The automatic sealing of a record under this Act does not preclude "
        "the person from filing a petition for sealing or expungement under Section 5-5.5 of the "
        "Criminal Procedure Code with respect to any other record.\n(c) Nothing in this Act "
        "precludes a person from seeking a pardon, a certificate of good conduct, a certificate of "
        "rehabilitation, or any other form of relief from the collateral consequences of a "
        "conviction that is available under the laws of this State.\n(d) If the Department fails "
        "to seal a record that is eligible for automatic sealing, the person may petition the "
        "court for an order directing that the record be sealed, and that petition is in addition "
        "to, and not in place of, any other remedy.\n(e) The remedies provided in this Act are "
        "cumulative."
    ),
    "j10": (
        "Sec. 12. Use of sealed records in civil and family proceedings.\n\n(1) In this section, "
        '"sealed record" means a record sealed under section 11, and "family proceeding" means '
        "a proceeding for dissolution of marriage, allocation of parental responsibilities, "
        "adoption, guardianship, or dependency and neglect.\n(2) The sealing of a record under "
        "this article does not limit the jurisdiction of a court in a civil action or a family "
        "proceeding to order that the sealed record be disclosed to the parties, or to the court, "
        "where the conduct that is the subject of the record is relevant to a claim or "
        "defense.\n(3) A court in a family proceeding that orders disclosure of a sealed record "
        "shall enter a protective order limiting its use to that proceeding.\n(4) The district "
        "court retains jurisdiction in a proceeding concerning the custody of a child to consider "
        "a sealed record of a crime of domestic violence in determining the best interests of the "
        "child.\n(5) Nothing in this section authorizes disclosure of a sealed record to any "
        "person who is not a party to the civil action or family proceeding."
    ),
    "j11": (
        'ARTICLE 3. JUDICIAL PROCEDURE\n\nSec. 301. Definitions. In this article, "expunction '
        'order" means an order issued under Sec. 304.\nSec. 302. The district court has exclusive '
        "original jurisdiction of petitions for expunction under this chapter, and a justice or "
        "municipal court has no jurisdiction to order the expunction of records of an offense "
        "within the jurisdiction of the district court.\nSec. 303. A petition shall be verified "
        "and shall include the petitioner's full name, date of birth, the offense charged, the "
        "date of arrest, and the name of each agency believed to hold records of the arrest.\nSec. "
        "304. After a hearing held not earlier than 30 days after the petition is filed, the court "
        "shall issue an expunction order if it finds that the petitioner is entitled to "
        "expunction.\nSec. 305. An expunction order, or an order denying a petition, is a final "
        "order from which an appeal lies to the court of appeals in the manner provided for civil "
        "cases, and the court of appeals has jurisdiction to review the order de novo.\nSec. 306. "
        "A petition that is dismissed for want of jurisdiction under Sec. 302 may be refiled in "
        "the district court without payment of an additional fee."
    ),
    "j12": (
        "Sec. 15. Compliance; enforcement.\n\n(a) Within 60 days after receiving an order of "
        "expungement, each criminal justice agency named in the order shall remove the records "
        "from its files and certify to the court that it has done so.\n(b) The court that issued "
        "an order of expungement retains jurisdiction to enforce the order against any agency that "
        "fails to comply, to correct clerical errors in the order, and to amend the order to "
        "include any charge arising from the same arrest that was omitted from it by mistake.\n(c) "
        "A person named in an order of expungement who believes that an agency has not complied "
        "may file a motion for enforcement in the issuing court, and no fee shall be charged for "
        "the motion.\n(d) On finding that an agency wilfully failed to comply, the court may order "
        "the agency to pay the reasonable attorney's fees of the movant.\n(e) This section does "
        "not create a private cause of action for damages."
    ),
    "j13": (
        "HOUSE BILL 2290. AN ACT concerning the sealing of conviction records.\n\nSec. 6. "
        'Definitions. In this Act: (a) "Sealing" means the restriction of public access to a '
        'record under Section 7. (b) "Post-Conviction Hearing Act" means Article 122 of the Code '
        "of Criminal Procedure of 1963.\n\nSec. 7. (a) A person who has completed a sentence for "
        "an eligible offense may petition the circuit court to seal the records of the conviction, "
        "and the court shall grant the petition unless the State shows that the interests of "
        "public safety outweigh the petitioner's interest in sealing.\n(b) The sealing of a "
        "conviction under this Act does not divest the circuit court of jurisdiction to hear and "
        "decide a petition for relief from judgment under Section 2-1401 of the Code of Civil "
        "Procedure or a petition under the Post-Conviction Hearing Act with respect to the sealed "
        "conviction.\n(c) A petition described in subsection (b) may be filed under seal, and the "
        "clerk shall not unseal the underlying record except to the extent necessary for the court "
        "to decide the petition.\n(d) This Section applies to convictions sealed before, on, or "
        "after the effective date of this amendatory Act."
    ),
    "j14": (
        'Sec. 40-32-104. Effect of expungement.\n\n(1) As used in this section, "expunged '
        'conviction" means a conviction that is the subject of an order entered under section '
        "40-32-101.\n(2) Upon the entry of an order of expungement, the proceedings in the matter "
        "shall be deemed not to have occurred for the purposes of any application for employment, "
        "housing, or education, and the person may so state in answer to any inquiry, except an "
        "inquiry in an application for employment with a law enforcement agency.\n(3) An order of "
        "expungement shall not deprive any court of this state of the power to entertain a "
        "petition for a writ of habeas corpus, a petition for a writ of error coram nobis, or a "
        "petition for post-conviction relief concerning the expunged conviction, and for the "
        "purpose of deciding any such petition the court may direct the clerk to produce the "
        "expunged records.\n(4) The person whose conviction has been expunged may obtain a "
        "certified copy of the expunged records from the clerk without a court order, upon "
        "presenting proof of identity.\n(5) This section does not affect the obligation to report "
        "a conviction where federal law requires it."
    ),
    "j15": (
        "Sec. 10. Set-aside of conviction; limits of this section.\n\n(a) A person who was "
        "convicted of a misdemeanor or a class E or F felony and who has not been convicted of any "
        "other offense for five years after completion of sentence may apply to the sentencing "
        "court to have the conviction set aside.\n(b) If the court sets the conviction aside, the "
        "person shall be treated in all respects as not having been convicted, except as provided "
        "in subsection (d) and in Sec. 11.\n(c) Nothing in this section limits the power or "
        "jurisdiction of the court to hear and determine a motion to withdraw a plea of guilty or "
        "nolo contendere, or a motion to vacate a judgment of conviction, whether the motion is "
        "filed before or after the conviction is set aside.\n(d) A conviction that has been set "
        "aside may be used as a prior conviction in a later prosecution for the same or a similar "
        "offense."
    ),
    "j16": (
        "Rule 35.1. Sealed convictions; later motions.\n\n(a) Scope. This rule applies to any "
        "conviction the record of which has been sealed under C.R.S. section 24-72-706 or any "
        "similar statute.\n(b) Retained jurisdiction. Notwithstanding the entry of an order "
        "sealing the record of a conviction, the court that entered the judgment of conviction "
        "retains jurisdiction to consider any subsequently filed motion or petition that "
        "collaterally attacks the conviction, including a motion under Rule 35(c).\n(c) Access to "
        "the sealed file. On the filing of a motion described in subsection (b), the clerk shall "
        "make the sealed file available to the court, the movant, the movant's counsel and the "
        "prosecution, and the file shall otherwise remain sealed.\n(d) No fee. No filing fee shall "
        "be charged for a motion described in subsection (b) if the movant was found indigent in "
        "the original proceeding.\n(e) Time. Nothing in this rule extends any time limit for a "
        "motion under Rule 35(c)."
    ),
    "j17": (
        "Section 2. Section 29-3001.01 is amended to read:\n\n29-3001.01. (1) For purposes of this "
        'section, "set aside" has the meaning given in section 29-2264.\n(2) Any person whose '
        "conviction has been set aside under section 29-2264 may, in any later application or "
        "proceeding, state that the conviction was set aside.\n(3) A conviction that has been set "
        "aside under section 29-2264 remains subject to a motion under section 29-3001 as though "
        "it had not been set aside, and the setting aside of the conviction shall not be raised as "
        "a bar to such a motion.\n(4) The court hearing a motion described in subsection (3) may "
        "order the sealed record of the set-aside conviction produced for its review.\n(5) Nothing "
        "in this section shall be construed to revive any disability removed by the order setting "
        "aside the conviction."
    ),
    "j18": (
        "Rule 33. New Trial.\n\n(a) Defendant's motion. Upon the defendant's motion, the court may "
        "vacate any judgment and grant a new trial if the interest of justice so requires.\n(b) "
        "Time to file. (1) Newly discovered evidence. Any motion for a new trial grounded on newly "
        "discovered evidence must be filed within 3 years after the verdict or finding of guilty. "
        "(2) Other grounds. Any motion for a new trial grounded on any reason other than newly "
        "discovered evidence must be filed within 14 days after the verdict or finding of "
        "guilty.\n(c) Effect of expunction. The expunction of the record of a conviction under "
        "Chapter 55 of the Code of Criminal Procedure does not bar a motion under this rule or a "
        "motion to vacate under Rule 61, and the trial court retains authority to hear and decide "
        "any such motion after the record has been expunged.\n(d) Record. For the purpose of a "
        "motion described in subsection (c), the court may order that the expunged record, or a "
        "copy of it retained under seal, be produced."
    ),
    "j19": (
        'AN ACT to amend the Clean Slate Act.\n\nSec. 3. (a) "Cleared record" means a record of '
        "conviction that has been sealed automatically under Sec. 2 or by order of the court under "
        "Sec. 2A.\n(b) The clearing of a record under this Act leaves intact the authority of "
        "every court of competent jurisdiction to receive, hear and rule upon a later motion to "
        "correct the record, a motion or petition for post-conviction relief, or any other "
        "collateral attack on the cleared conviction.\n(c) A person who files a motion or petition "
        "described in subsection (b) need not first obtain an order unsealing the cleared "
        "record.\n(d) Where relief is granted on a motion or petition described in subsection (b), "
        "the clerk shall transmit a copy of the order to every agency that received notice of the "
        "clearing.\n(e) This section is remedial and shall be liberally construed."
    ),
    "j20": (
        "Sec. 8-405. Post-conviction relief after sealing.\n\n(a) In this section, "
        '"post-conviction relief" means relief under Title 8, Chapter 4, Part 3, from a judgment '
        "of conviction.\n(b) Jurisdiction to hear a petition for post-conviction relief concerning "
        "a conviction sealed under section 8-402 is not affected by the sealing.\n(c) The time "
        "limits in section 8-304 apply to a petition described in subsection (b), except that the "
        "time during which the petitioner did not know, and could not reasonably have known, of "
        "the ground for relief because the record had been sealed is excluded.\n(d) The State may "
        "not rely on the sealing of the conviction as a ground for dismissal of the petition.\n(e) "
        "Nothing in this section affects the sealing of any other record."
    ),
    "j21": (
        'Sec. 11. Order of sealing; finality.\n\n(1) In this section, "order of sealing" means '
        "an order entered under section 10 directing that all official records of an arrest, "
        "charge and conviction be sealed.\n(2) Upon entry of an order of sealing, the jurisdiction "
        "of the court over the case terminates, and the case shall be closed for all purposes, "
        "except that the clerk may certify the existence of the order to a criminal justice "
        "agency.\n(3) The clerk shall forward a certified copy of the order to the bureau of "
        "criminal identification, which shall seal its records of the case within 30 days.\n(4) "
        "Sealed records shall not be open to inspection by any person except upon order of the "
        "court.\n(5) An order of sealing is final and is not subject to appeal by the person who "
        "obtained it."
    ),
    "j22": (
        "Section 5. Section 53a-39d is amended by adding subsection (e) as follows:\n\n(e) (1) As "
        'used in this subsection, "erased conviction" means a conviction the records of which '
        "have been erased under section 54-142a or 54-142d.\n(2) No motion to vacate, set aside, "
        "or correct a judgment of conviction, and no motion to withdraw a plea, may be heard by "
        "any court after the records of the conviction have been erased, and any such motion "
        "pending on the date of erasure shall be dismissed as moot.\n(3) Nothing in this "
        "subsection affects any appeal that was pending on the date of erasure.\n(4) The clerk "
        "shall notify the person, at the person's last known address, of the dismissal of any "
        "pending motion under subdivision (2)."
    ),
    "j23": (
        "CHAPTER 640. EXPUNGEMENT OF CRIMINAL RECORDS.\n\nSec. 640.7. Effect of order. (1) Upon "
        "the entry of an order of expungement, the arrest, charge, conviction and sentence shall "
        "be deemed never to have existed, and the person may lawfully deny their existence in "
        "answer to any inquiry other than an inquiry by a criminal justice agency.\n(2) Every "
        "agency holding records subject to the order shall destroy them within 90 days, except "
        "that the court shall keep one sealed copy of the order itself.\n(3) Because the "
        "conviction is deemed never to have existed, no court of this state shall thereafter "
        "entertain any motion, petition or proceeding that challenges the validity of the expunged "
        "conviction or seeks any relief from it.\n(4) A person who has obtained an order of "
        "expungement may not obtain a second order with respect to an offense committed after the "
        "first order was entered.\n(5) This section applies to orders entered on or after January "
        "1, 2026."
    ),
    "j24": (
        'Sec. 19. Election of remedies.\n\n(a) In this section, "relief under this Act" means an '
        "order of expungement, sealing, or set-aside entered under Sec. 14, 15 or 16.\n(b) A "
        "person who has been granted relief under this Act may not thereafter file a petition "
        "under the Post-Conviction Remedies Act, a petition for a writ of habeas corpus, or a "
        "petition for a writ of error coram nobis with respect to the same conviction, and any "
        "such petition shall be dismissed.\n(c) A person who has a petition under the "
        "Post-Conviction Remedies Act pending may not apply for relief under this Act until that "
        "petition has been finally decided.\n(d) The court shall advise each applicant for relief "
        "under this Act, in writing, of the effect of subsection (b) before granting the "
        "application.\n(e) Subsection (b) does not apply where the conviction is later shown to "
        "have been obtained by fraud on the court."
    ),
    "j25": (
        "SESSION LAWS 2025, CHAPTER 88. AN ACT relating to the setting aside of "
        "convictions.\n\nSection 1. Section 13-907 is amended to read:\n\n13-907. A. On the "
        "application of a person who has completed probation or a sentence and been discharged, "
        "the court may set aside the judgment of guilt, dismiss the complaint, information or "
        "indictment, and order that the person be released from all penalties and disabilities "
        "resulting from the conviction.\nB. Except to enforce its order against a criminal justice "
        "agency that fails to comply with it, the court loses jurisdiction over the matter upon "
        "the entry of an order under subsection A, and no later motion directed to the judgment "
        "may be entertained.\nC. The clerk of the court shall notify the department of public "
        "safety of the order, and the department shall note the set-aside on the person's "
        "record.\nD. A conviction that has been set aside may be used as a conviction if it is "
        "alleged in a later prosecution as a prior conviction."
    ),
    "j26": (
        "Sec. 6. Conditions of expungement; waiver.\n\n(1) Definitions. In this section, "
        '"expungement" means the removal of a conviction from public records under section 5, '
        'and "collateral attack" means any motion, petition or proceeding, other than a direct '
        "appeal, challenging a judgment of conviction.\n(2) As a condition of the grant of an "
        "expungement, the petitioner waives any right to seek post-conviction relief from, or to "
        "bring any collateral attack on, the conviction to be expunged.\n(3) The petition for "
        "expungement shall contain a statement, signed by the petitioner, acknowledging the waiver "
        "described in subsection (2), and the court shall not grant a petition that does not "
        "contain the statement.\n(4) A waiver under subsection (2) takes effect on the date the "
        "order of expungement is entered and is irrevocable.\n(5) The court shall not accept a "
        "waiver under this section from a petitioner who is not represented by counsel unless the "
        "court finds that the waiver is knowing and voluntary."
    ),
    "j27": (
        "Sec. 1473.9. Motion to vacate; presumption of invalidity.\n\n(a) Definitions. In this "
        'section, "immigration consequences" means deportation, exclusion from admission, or '
        'denial of naturalization, and "noncitizen" means a person who is not a citizen or '
        "national of the United States.\n(b) A person who is no longer in criminal custody may "
        "file a motion to vacate a conviction or sentence on the ground that the conviction or "
        "sentence is legally invalid due to prejudicial error damaging the moving party's ability "
        "to meaningfully understand, defend against, or knowingly accept the actual or potential "
        "adverse immigration consequences of a plea of guilty or nolo contendere.\n(c) In a "
        "proceeding on a motion under this section, there is a presumption, which the State may "
        "rebut by clear and convincing evidence, that a conviction entered on a plea of guilty or "
        "nolo contendere is legally invalid if the record does not show that the defendant was "
        "advised, before the plea was entered, that the conviction may have immigration "
        "consequences.\n(d) If the court finds that the conviction is legally invalid, it shall "
        "vacate the conviction and allow the moving party to withdraw the plea.\n(e) A motion "
        "under this section may be filed, and the court shall have jurisdiction to decide it, "
        "whether or not the conviction has previously been dismissed, sealed or expunged."
    ),
    "j28": (
        "AN ACT concerning pleas entered by noncitizen defendants before July 1, 2015.\n\nSec. 2. "
        "Findings. The legislature finds that, before July 1, 2015, many noncitizen defendants in "
        "this State entered pleas without counsel and without any warning of the immigration "
        'consequences of their pleas.\nSec. 3. (a) In this section, "covered plea" means a plea '
        "of guilty or no contest entered in a court of this State before July 1, 2015, by a person "
        "who was not a citizen of the United States and was not represented by counsel when the "
        "plea was entered.\n(b) It is presumed, subject to rebuttal, that a person who entered a "
        "covered plea did not understand the immigration consequences of the plea, and that the "
        "plea was therefore not knowing and voluntary and is invalid.\n(c) The presumption in "
        "subsection (b) may be rebutted only by a written waiver of counsel, signed by the person, "
        "that expressly refers to immigration consequences.\n(d) Unless the presumption is "
        "rebutted, the court shall vacate the judgment entered on a covered plea, permit the "
        "person to withdraw the plea, and enter a plea of not guilty."
    ),
    "j29": (
        "Sec. 10.40.210. Advisement of immigration consequences.\n\n(1) Before accepting a plea of "
        "guilty or nolo contendere to any offense punishable as a crime under state law, except "
        "offenses designated as infractions, the court shall administer the following advisement "
        'on the record to the defendant: "If you are not a citizen of the United States, you are '
        "hereby advised that conviction of the offense for which you have been charged may have "
        "the consequences of deportation, exclusion from admission to the United States, or denial "
        'of naturalization pursuant to the laws of the United States."\n(2) If the record does '
        "not contain the advisement required by subsection (1), the defendant shall be presumed "
        "not to have received it.\n(3) If the court fails to advise the defendant as required by "
        "subsection (1), and the defendant shows that conviction of the offense to which he or she "
        "pleaded may have one of the consequences described in that subsection, the court, on the "
        "defendant's motion, shall vacate the judgment and permit the defendant to withdraw the "
        "plea and enter a plea of not guilty.\n(4) The defendant shall not be required at the time "
        "of the plea to disclose his or her legal status to the court."
    ),
    "j30": (
        "Sec. 4. Representation of noncitizen defendants.\n\n(a) Defense counsel shall provide "
        "accurate and affirmative advice about the immigration consequences of a proposed "
        "disposition to every client who is not a citizen of the United States, and shall, when "
        "consistent with the client's goals, defend against those consequences.\n(b) Absent a "
        "written acknowledgment in the court file, signed by the defendant and counsel, that the "
        "advice required by subsection (a) was given, the court shall presume that counsel did not "
        "advise the defendant of the immigration consequences of the plea.\n(c) The presumption in "
        "subsection (b) applies in any proceeding under Chapter 10 of Title 22 in which the "
        "adequacy of counsel's advice is at issue.\n(d) The public defender shall designate at "
        "least one attorney in each judicial district with training in the immigration "
        "consequences of criminal dispositions, who shall be available to consult with other "
        "defense counsel.\n(e) Nothing in this section creates a cause of action against defense "
        "counsel for damages."
    ),
    "j31": (
        "Sec. 27-1604. Motion to vacate conviction based on plea.\n\n(1) A person convicted on a "
        "plea of guilty may move the sentencing court to vacate the conviction on the ground that "
        "the plea was not knowingly, intelligently and voluntarily entered because the person was "
        "not informed of the immigration consequences of the plea.\n(2) A judgment of conviction "
        "is presumed valid, and the movant bears the burden of proving by a preponderance of the "
        "evidence that the plea was not knowingly, intelligently and voluntarily entered.\n(3) If "
        "the movant sustains that burden, and shows that he or she would not have entered the plea "
        "had the consequences been known, the court may vacate the conviction and permit the "
        "movant to withdraw the plea.\n(4) A motion under this section shall be filed with "
        "reasonable diligence after the movant learns of the immigration consequence.\n(5) The "
        "court may decide the motion on affidavits, but shall hold an evidentiary hearing if the "
        "affidavits raise a disputed question of material fact."
    ),
    "j32": (
        "Rule 11.3. Record of plea proceedings.\n\n(a) The clerk shall keep a minute entry of "
        "every plea proceeding, and the entry shall state whether the defendant was advised of the "
        "matters set out in Rule 11(c), including the possible immigration consequences of the "
        "plea.\n(b) Official court records, including minute entries and the docket, are presumed "
        "to be regular and correct, and a recital in a minute entry that the defendant was advised "
        "of a matter is prima facie evidence that the advisement was given.\n(c) Where the "
        "recording or transcript of a plea proceeding has been destroyed under a records retention "
        "schedule, the minute entry is sufficient evidence of what occurred at the proceeding, "
        "unless the contrary is shown by clear and convincing evidence.\n(d) A party who contends "
        "that a minute entry is incorrect may move to correct it within 60 days of its entry."
    ),
    "j33": (
        "Sec. 16. Petition-based sealing; presumptions.\n\n(a) Definitions. In this section: (1) "
        '"waiting period" means the period after completion of sentence set out in subsection '
        '(b); (2) "victim" has the meaning given in Sec. 2.\n(b) A person may petition for '
        "sealing of a conviction after three years for a misdemeanor or seven years for a felony, "
        "measured from the completion of the sentence.\n(c) There is a rebuttable presumption that "
        "a petitioner who has satisfied the waiting period and has no pending charges is entitled "
        "to sealing, which the prosecuting attorney may rebut by showing that the interests of "
        "public safety clearly outweigh the petitioner's interest in sealing.\n(d) A petitioner "
        "who has not been convicted of any offense in the ten years before the petition is "
        "presumed to be rehabilitated.\n(e) In deciding whether the presumption in subsection (c) "
        "has been rebutted, the court shall consider any statement of the victim, the petitioner's "
        "employment and education, and the nature of the offense.\n(f) If the court grants the "
        "petition, the petitioner may thereafter lawfully deny the existence of the sealed "
        "conviction except in an application for a license to carry a concealed weapon."
    ),
    "j34": (
        "Sec. 977.6. Validity of pleas; advisement not presumed absent.\n\n(a) Before accepting a "
        "plea of guilty or no contest, the court shall advise the defendant that, if the defendant "
        "is not a citizen, the conviction may result in removal from the United States.\n(b) The "
        "absence from the record of the advisement required by subdivision (a) shall not give rise "
        "to any presumption that the advisement was not given or that the plea was involuntary or "
        "invalid.\n(c) A plea of guilty or no contest entered by a defendant who was represented "
        "by counsel shall be conclusively presumed to have been entered knowingly and voluntarily, "
        "with full understanding of its consequences, including its immigration consequences.\n(d) "
        "No judgment shall be vacated, and no plea withdrawn, on the ground that the defendant was "
        "not advised of the immigration consequences of the plea, if the defendant was represented "
        "by counsel at the time the plea was entered.\n(e) This section applies to pleas entered "
        "before, on, or after January 1, 2026."
    ),
    "j35": (
        "AN ACT to establish vacatur for legal defect and to protect it after record "
        'clearance.\n\nSec. 3. (a) Definitions. In this section, "underlying proceeding" means '
        "the proceeding in which the judgment of conviction was entered, including any plea "
        "colloquy and sentencing hearing.\n(b) The court may at any time vacate a judgment of "
        "conviction upon a finding that the conviction is legally invalid because of a procedural "
        "or substantive defect in the underlying proceeding, including the failure of the court or "
        "of defense counsel to advise the defendant of the immigration consequences of a "
        "plea.\n(c) An order sealing or expunging the record of a conviction, whether entered "
        "before or after the effective date of this Act, does not divest the court of jurisdiction "
        "under subsection (b).\n(d) A motion under subsection (b) shall be heard by the judge who "
        "entered the judgment if that judge is available, and otherwise by any judge of the same "
        "court.\n(e) If the court vacates a conviction under subsection (b), the prosecuting "
        "attorney may proceed on the original charges within 90 days, or the charges shall be "
        "dismissed."
    ),
    "j36": (
        'Sec. 1203.4b. Dismissal after probation.\n\n(a) In this section, "probationer" means a '
        "defendant who has been granted probation for an offense other than an offense listed in "
        "subdivision (e).\n(b) During the period of probation, the court retains jurisdiction over "
        "the probationer and may at any time modify, revoke or terminate probation.\n(c) When a "
        "probationer has fulfilled the conditions of probation for the entire period of probation, "
        "or has been discharged before the termination of the period of probation, or in any other "
        "case in which the court, in its discretion and in the interests of justice, determines "
        "that the probationer should be granted relief, the court may set aside the verdict or "
        "permit the probationer to withdraw the plea and enter a plea of not guilty, and shall "
        "thereupon dismiss the accusation.\n(d) The probationer shall be informed, in the "
        "probation papers, of the right to relief under this section.\n(e) This section does not "
        "apply to a conviction for a sex offense listed in section 290."
    ),
    "j37": (
        "SESSION LAW 2025-14. AN ACT relating to cannabis convictions.\n\nSec. 1. Definitions. In "
        'this Act, "cannabis offense" means possession of not more than two ounces of cannabis, '
        "or any offense for conduct that is no longer a crime under section 90-94 as amended by "
        "this Act.\nSec. 2. (a) The court shall vacate and expunge any conviction for a cannabis "
        "offense, on the motion of the person or of the prosecuting attorney, or on its own "
        "motion.\n(b) A motion under subsection (a) may be filed at any time and shall be deemed "
        "timely, and no filing fee shall be charged.\n(c) Nothing in this section precludes a "
        "person from seeking any other relief from a conviction that is available under the laws "
        "of this State.\n(d) The Administrative Office of the Courts shall identify eligible "
        "convictions and transmit a list of them to each district attorney within one year of the "
        "effective date of this Act."
    ),
    "j38": (
        "Sec. 440.10-a. Vacatur for survivors of trafficking.\n\n(1) Definitions. In this section, "
        '"trafficking" means conduct constituting sex trafficking or labor trafficking under '
        "section 230.34 or 135.35, or under the laws of the United States.\n(2) The court may "
        "vacate a judgment of conviction for an offense where the defendant's participation in the "
        "offense was a result of having been a victim of trafficking, and shall thereupon dismiss "
        "the accusatory instrument.\n(3) Official documentation of the defendant's status as a "
        "victim of trafficking from a federal, state or local government agency shall create a "
        "presumption that the defendant's participation in the offense was a result of having been "
        "a victim of trafficking, but shall not be required for granting a motion under this "
        "section.\n(4) An order entered under this section does not deprive the court of "
        "jurisdiction to hear a subsequent motion for post-conviction relief concerning the same "
        "or any related conviction.\n(5) A motion under this section shall be made with due "
        "diligence after the defendant has ceased to be a victim of trafficking."
    ),
    "j39": (
        "Rule 61. Postconviction Remedy.\n\n(a) Scope. This rule governs the procedure on an "
        "application by a person in custody or subject to future custody under a sentence of this "
        "court seeking to set aside the judgment of conviction on the ground that the court lacked "
        "jurisdiction, or on any other ground that is a sufficient factual and legal basis for a "
        "collateral attack upon a criminal conviction, including the ineffective assistance of "
        "counsel and a violation of the defendant's rights under the Constitution of the United "
        "States or of this State.\n(b) Relief. If the court finds that the judgment was entered in "
        "violation of the defendant's constitutional rights, it shall vacate the judgment and "
        "order a new trial or other appropriate relief.\n(c) Bar after expungement. No motion "
        "under this rule shall be entertained with respect to a conviction the records of which "
        "have been expunged under 11 Del. C. Section 4372, and the expungement shall be a complete "
        "bar to relief under this rule.\n(d) Time. A motion under this rule may not be filed more "
        "than one year after the judgment of conviction is final."
    ),
    "j41": (
        'Sec. 9. Construction.\n\n(a) As used in this section, "relief" means any order of '
        'sealing, expungement or set-aside entered under this chapter, and "collateral '
        'proceeding" means any proceeding other than a direct appeal in which the validity of a '
        "judgment of conviction is challenged.\n(b) Nothing in this chapter shall be construed to "
        "divest any court of the authority to decide a collateral proceeding concerning a "
        "conviction that is the subject of relief.\n(c) Nothing in this chapter shall be construed "
        "to require a person to obtain relief before filing a collateral proceeding, or to forgo "
        "relief in order to file one.\n(d) The granting of relief shall not be admissible in a "
        "collateral proceeding as evidence that the person was guilty of the offense or that the "
        "conviction was valid.\n(e) If any provision of this chapter is held invalid, the "
        "invalidity does not affect other provisions that can be given effect without the invalid "
        "provision."
    ),
    "j42": (
        'Sec. 851.8. Relation to motions to vacate.\n\n(1) In this section, "sealing" means '
        'sealing under section 851.7, and "motion to vacate" means a motion under section 1473.7 '
        "or 1016.5.\n(2) Nothing in this section precludes a person from filing, or a court from "
        "hearing and granting, a motion to vacate after the record of the conviction has been "
        "sealed.\n(3) A person whose record has been sealed may request the clerk to provide a "
        "copy of the sealed record to the person or the person's attorney for use in connection "
        "with a motion to vacate, and the clerk shall provide it without requiring a court "
        "order.\n(4) The clerk shall keep a list of sealed records released under subsection (3) "
        "and shall not release a sealed record to any other person except as provided by law.\n(5) "
        "Sealing does not relieve the person of the obligation to disclose the conviction in an "
        "application for a peace officer position."
    ),
}

PROBES = [
    ("j01", "court-jurisdiction", "absent"),
    ("j02", "court-jurisdiction", "absent"),
    ("j03", "court-jurisdiction", "absent"),
    ("j04", "court-jurisdiction", "absent"),
    ("j05", "court-jurisdiction", "absent"),
    ("j05", "record-access", "contrary"),
    ("j06", "vacatur-for-cause", "absent"),
    ("j06", "court-jurisdiction", "absent"),
    ("j07", "court-jurisdiction", "absent"),
    ("j08", "court-jurisdiction", "absent"),
    ("j09", "court-jurisdiction", "absent"),
    ("j10", "court-jurisdiction", "absent"),
    ("j11", "court-jurisdiction", "absent"),
    ("j12", "court-jurisdiction", "absent"),
    ("j13", "court-jurisdiction", "present"),
    ("j13", "record-access", "absent"),
    ("j14", "court-jurisdiction", "present"),
    ("j14", "record-access", "present"),
    ("j15", "vacatur-for-cause", "absent"),
    ("j15", "court-jurisdiction", "present"),
    ("j16", "court-jurisdiction", "present"),
    ("j17", "court-jurisdiction", "present"),
    # (a new trial on newly discovered evidence, open for three years, is a vacatur for cause, as the corpus
    # labels Fed. R. Crim. P. 33 itself: tests/corpus/us-fed-r-crim-p-33.txt)
    ("j18", "vacatur-for-cause", "present"),
    ("j18", "court-jurisdiction", "present"),
    ("j19", "court-jurisdiction", "present"),
    ("j20", "court-jurisdiction", "present"),
    ("j21", "court-jurisdiction", "contrary"),
    ("j21", "record-access", "contrary"),
    ("j22", "vacatur-for-cause", "absent"),
    ("j22", "court-jurisdiction", "contrary"),
    ("j23", "vacatur-for-cause", "absent"),
    ("j23", "court-jurisdiction", "contrary"),
    ("j24", "court-jurisdiction", "contrary"),
    ("j24", "public-education", "partial"),
    ("j25", "court-jurisdiction", "contrary"),
    ("j26", "court-jurisdiction", "contrary"),
    ("j27", "vacatur-for-cause", "present"),
    ("j27", "rebuttable-presumption", "present"),
    ("j27", "court-jurisdiction", "present"),
    ("j27", "public-education", "absent"),
    ("j28", "vacatur-for-cause", "present"),
    ("j28", "rebuttable-presumption", "present"),
    ("j28", "court-jurisdiction", "absent"),
    ("j29", "vacatur-for-cause", "present"),
    ("j29", "rebuttable-presumption", "partial"),
    ("j29", "court-jurisdiction", "absent"),
    ("j29", "public-education", "partial"),
    ("j30", "rebuttable-presumption", "partial"),
    ("j30", "court-jurisdiction", "absent"),
    ("j31", "vacatur-for-cause", "present"),
    ("j31", "rebuttable-presumption", "absent"),
    ("j31", "court-jurisdiction", "absent"),
    ("j32", "rebuttable-presumption", "absent"),
    ("j32", "court-jurisdiction", "absent"),
    ("j33", "rebuttable-presumption", "absent"),
    ("j33", "court-jurisdiction", "absent"),
    ("j34", "vacatur-for-cause", "contrary"),
    ("j34", "rebuttable-presumption", "contrary"),
    ("j34", "court-jurisdiction", "absent"),
    ("j34", "public-education", "partial"),
    ("j35", "vacatur-for-cause", "present"),
    ("j35", "court-jurisdiction", "present"),
    ("j36", "vacatur-for-cause", "absent"),
    ("j36", "court-jurisdiction", "absent"),
    ("j36", "public-education", "partial"),
    ("j37", "vacatur-for-cause", "absent"),
    ("j37", "court-jurisdiction", "absent"),
    ("j38", "court-jurisdiction", "present"),
    ("j39", "vacatur-for-cause", "present"),
    ("j39", "court-jurisdiction", "contrary"),
    ("j41", "court-jurisdiction", "present"),
    ("j42", "vacatur-for-cause", "absent"),
    ("j42", "court-jurisdiction", "present"),
    ("j42", "record-access", "partial"),
]


@pytest.mark.parametrize(("name", "practice", "status"), PROBES, ids=[f"{p[0]}-{p[1]}" for p in PROBES])
def test_each_probe_reads_as_the_reviewer_expected(tmp_path, name, practice, status):
    assert file_statuses(tmp_path, name, TEXTS[name])[practice] == status
