<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>infos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a capability or interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;vendor&apos; or a partner type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a partner type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recommends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflicts with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names partner type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>is not a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a directory, not a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>YAML syntax error: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate key &apos;{key}&apos; (first defined at line {first_line})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag &apos;{tag}&apos; is not allowed; only plain YAML data is accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aliases expand to {size} nodes (limit {limit}); refusing a possible alias bomb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is {size} bytes, more than the limit of {limit} bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file is not valid UTF-8 (byte 0x{byte:02x} at offset {offset})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>data is nested more than {limit} levels deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file holds no data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mapping key must be a plain scalar, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read file: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an alias refers to a node that contains itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value does not fit its tag {tag}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is ignored: catalog files must end in .yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog directory &apos;{path}&apos; {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog has no catalog.yaml at its root</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: required key &apos;{key}&apos; is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: unknown key &apos;{key}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: expected {expected}, found {found}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {found} is not allowed; expected one of {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {found} is {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{key}&apos; belongs in {root_file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path}: id &apos;{id}&apos; is not kebab-case (lowercase letters, digits and single hyphens)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} &apos;{subject}&apos; {field} unknown id &apos;{ref}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>requires cycle: {cycle}; edges: {edges}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capability &apos;{subject}&apos; has Xinchuang level &apos;{level}&apos; but lists no CPU architectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; is defined twice: here and at {first}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{kind} &apos;{subject}&apos; {field} &apos;{ref}&apos;, which is {actual}, not {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface &apos;{subject}&apos; is provided by no capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interface &apos;{subject}&apos; names default &apos;{default}&apos;, which does not provide it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &apos;{subject}&apos; requires &apos;{a}&apos; and &apos;{b}&apos;, which conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner type &apos;{subject}&apos; is used by no capability and no partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} has no {language} text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &apos;{subject}&apos; lists &apos;{ref}&apos; as both required and optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner_share warn threshold {warn} is above the error threshold {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capability &apos;{subject}&apos; is not in catalog {catalog}; the item is kept as written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; has quantity {quantity}; it must be above 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; has discount {discount}; it must be at least 0 and below 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>capability &apos;{subject}&apos; is listed more than once; only the first item counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>solution was made for catalog {wanted_id} {wanted_version}, but catalog {id} {version} is loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; names unknown partner &apos;{partner}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is delivered by unknown partner type &apos;{delivered_by}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &apos;{scenario}&apos; is not in the catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is marked customised, but the catalog does not offer it customised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; requires &apos;{requirement}&apos;, which is not in the solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; recommends &apos;{requirement}&apos;, which is not in the solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no provider of &apos;{requirement}&apos; (required by &apos;{subject}&apos;) fits: {reasons}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>items require each other in a cycle: {cycle}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; conflicts with &apos;{other}&apos;; they cannot be in one solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>scenario &apos;{scenario}&apos; requires &apos;{subject}&apos;, which is not in the solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is not offered in mode {mode}; it offers {offered}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; runs in mode {mode}, which a {deployment} deployment does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; runs in mode {mode}, but the site is air-gapped: only private (PRV) deployments work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private &apos;{subject}&apos; depends on public &apos;{target}&apos;, but the policy allows dedicated lines only and the solution has none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public &apos;{subject}&apos; calls private &apos;{target}&apos;; put an API gateway and a web application firewall in front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; processes {data_class} data, but mode {mode} is public and the policy allows at most {allowed} there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core-banking &apos;{subject}&apos; cannot run on multi-tenant public cloud (mode {mode})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; runs on premises ({mode}) with Xinchuang level &apos;{found}&apos;; the {level} policy needs {required}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private-zone items share no CPU architecture ({architectures}): {blockers}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is foreign technology, against the {level} Xinchuang policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a core Xinchuang policy needs {missing} on the solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer operates critical information infrastructure: foreign or SaaS components ({items}) may need a cybersecurity review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the critical path needs {weeks} weeks, but go-live ({go_live}) is in {left} weeks: {chain}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>partner-delivered share is {share_pct} of first-year value, above the {level} threshold of {threshold_pct}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is customised, but no delivery partner delivers any line of the solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is delivered by &apos;{delivered_by}&apos;, but partner &apos;{partner}&apos; is not of that type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>did you mean &apos;{suggestion}&apos;?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed keys: {allowed}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>put the value in quotes so that it stays text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>split the file into smaller files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename it to &apos;{suggestion}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create catalog.yaml with format, id, version, name, currency and categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add &apos;{subject}&apos; to the `provides` list of a capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>move it to catalog.yaml</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keep one of them in `required` and move the other to `optional`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add &apos;{suggestion}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch to mode {suggestion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove &apos;{subject}&apos; or &apos;{other}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let a delivery partner deliver this line, or add a delivery service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fix the catalog, or remove the item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>get approval for an all-in project, or let a partner be the prime contractor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliant alternatives: {choices}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>switch &apos;{target}&apos; to {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace &apos;{target}&apos; with &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add &apos;{target}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{architecture} lacks {items}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>remove &apos;{target}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text &apos;{value}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a value of type {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the minimum {bound}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the maximum {bound}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not above {bound}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not below {bound}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lists {values} more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{found} does not match the pattern {pattern}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a calendar date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{candidate}&apos; conflicts with &apos;{detail}&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{candidate}&apos; is foreign technology, barred by the Xinchuang policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{candidate}&apos; has Xinchuang level &apos;{detail}&apos;, too low for the policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;{candidate}&apos; offers only {detail}, which the policy does not allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog has no provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a !!seq must be a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a !!map must be a mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a merge of a non-mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public cloud zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen explicitly (solid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled in as a dependency (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>public cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>private cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hybrid cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>office systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>general systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>core systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>internet allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dedicated line only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>air-gapped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VALIDATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution proposal and bill of materials</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List prices in %s from the catalog; sample catalogs carry illustrative prices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor, first year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partners, first year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xinchuang level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public cloud (PUB, SAAS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private (PRV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid (HYB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data class on public cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core banking not on shared cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One CPU architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No foreign technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM cryptography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cybersecurity review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>adapted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xinchuang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Architectures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks from order; red bars form the critical path (%s weeks).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set mode of %s to %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit solution details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the changes to “%s” first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unsaved solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configurator did not close properly. Restore the unsaved changes to %s?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %d more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen explicitly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required by: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BomPanel</name>
    <message>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the bill of materials as a table for Excel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time %s · Monthly %s · First year %s · Partner share %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Search by Chinese or English name, id or tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Badges</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xinchuang certified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xinchuang adapted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All categories</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor and partners</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vendor-delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner-delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any Xinchuang level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No Xinchuang variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message>
        <source>Deployment modes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data class on public cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core banking not on shared cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domestic variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One CPU architecture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No foreign technology</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SM cryptography</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cybersecurity review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none in common</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CPU architecture: %s · Domestic-technology share: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance: %d failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance: passed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%s” could not be read; the current solution is unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%s” could not be written: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors: %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings: %d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Infos: %d</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item in the graph or the bill of materials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen explicitly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled in: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pulled in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As in the catalog (%s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog does not offer this capability customised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year: %s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%d errors · %d warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner share %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First year %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%s[*] — Solution configurator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%s” could not be written: %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the proposal document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog has errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changed catalog has errors; the last good catalog stays in use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalog reloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution configurator %s
Catalog: %s %s (%d capabilities)
Prices are illustrative.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyBar</name>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Xinchuang</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public data up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CII operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner share warning above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The most sensitive data class allowed on public cloud or SaaS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer operates critical information infrastructure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target go-live date; the earliest date means none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hybrid cloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dedicated line only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Air-gapped</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReloadBanner</name>
    <message>
        <source>The catalog&apos;s files changed on disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScenarioGallery</name>
    <message>
        <source>New solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empty solution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
