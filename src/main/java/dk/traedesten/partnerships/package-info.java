/**
 * Partnerships (DOMAIN.md §6, seed 001, decision 0016): KL and Komponent run one partnership for daycare and one
 * for school; a municipality joins one or both and names one chief and up to four employees for each
 * ({@link dk.traedesten.partnerships.MemberRules}); each partnership has four network days, which are events of
 * kind network day in the {@code events} module. "Ring mig op" lets anyone ask an expert to phone them: a public
 * form with a honeypot and a rate limit per client address ({@link dk.traedesten.partnerships.SubmissionWindow}),
 * the organisers' queue, and deletion after the retention period.
 * <p>
 * It uses {@code platform} for the tenancy scope and the web shell, {@code organisation} for the municipalities,
 * {@code identity} for the signed-in person and {@code events} for the network days.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = { "platform", "organisation", "identity",
		"events" })
package dk.traedesten.partnerships;
