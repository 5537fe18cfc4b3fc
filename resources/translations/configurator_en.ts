<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>(hint: {hint})</source>
        <translation>(hint: {hint})</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>errors</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>warnings</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>infos</source>
        <translation>infos</translation>
    </message>
    <message>
        <source>added</source>
        <translation>added</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>removed</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changed</translation>
    </message>
    <message>
        <source>partner type</source>
        <translation>partner type</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Catalog changes</source>
        <translation>Catalog changes</translation>
    </message>
    <message>
        <source>Old price</source>
        <translation>Old price</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>New price</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Change</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>No changes.</translation>
    </message>
    <message>
        <source>a capability or interface</source>
        <translation>a capability or interface</translation>
    </message>
    <message>
        <source>a capability</source>
        <translation>a capability</translation>
    </message>
    <message>
        <source>an interface</source>
        <translation>an interface</translation>
    </message>
    <message>
        <source>&apos;vendor&apos; or a partner type</source>
        <translation>&apos;vendor&apos; or a partner type</translation>
    </message>
    <message>
        <source>a partner type</source>
        <translation>a partner type</translation>
    </message>
    <message>
        <source>a category</source>
        <translation>a category</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>capability</translation>
    </message>
    <message>
        <source>value driver</source>
        <translation>value driver</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>interface</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>partner</translation>
    </message>
    <message>
        <source>no capability matches</source>
        <translation>no capability matches</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>scenario</translation>
    </message>
    <message>
        <source>names category</source>
        <translation>names category</translation>
    </message>
    <message>
        <source>names provider</source>
        <translation>names provider</translation>
    </message>
    <message>
        <source>requires</source>
        <translation>requires</translation>
    </message>
    <message>
        <source>recommends</source>
        <translation>recommends</translation>
    </message>
    <message>
        <source>conflicts with</source>
        <translation>conflicts with</translation>
    </message>
    <message>
        <source>provides</source>
        <translation>provides</translation>
    </message>
    <message>
        <source>names default</source>
        <translation>names default</translation>
    </message>
    <message>
        <source>names partner type</source>
        <translation>names partner type</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>lists</translation>
    </message>
    <message>
        <source>English</source>
        <translation>English</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>Chinese</translation>
    </message>
    <message>
        <source>cannot be parsed: {detail}</source>
        <translation>cannot be parsed: {detail}</translation>
    </message>
    <message>
        <source>uses &apos;{detail}&apos;; only numbers, inputs, + - * /, parentheses, min and max are allowed</source>
        <translation>uses &apos;{detail}&apos;; only numbers, inputs, + - * /, parentheses, min and max are allowed</translation>
    </message>
    <message>
        <source>is too long: {detail}</source>
        <translation>is too long: {detail}</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>does not exist</translation>
    </message>
    <message>
        <source>is not a directory</source>
        <translation>is not a directory</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>cannot be read: {reason}</translation>
    </message>
    <message>
        <source>it is a loop of symbolic links</source>
        <translation>it is a loop of symbolic links</translation>
    </message>
    <message>
        <source>it links outside the catalog</source>
        <translation>it links outside the catalog</translation>
    </message>
    <message>
        <source>it is a directory, not a file</source>
        <translation>it is a directory, not a file</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>YAML syntax error: {problem}</source>
        <translation>YAML syntax error: {problem}</translation>
    </message>
    <message>
        <source>duplicate key &apos;{key}&apos; (first defined at line {first_line})</source>
        <translation>duplicate key &apos;{key}&apos; (first defined at line {first_line})</translation>
    </message>
    <message>
        <source>tag &apos;{tag}&apos; is not allowed; only plain YAML data is accepted</source>
        <translation>tag &apos;{tag}&apos; is not allowed; only plain YAML data is accepted</translation>
    </message>
    <message>
        <source>aliases expand to {size} nodes (limit {limit}); refusing a possible alias bomb</source>
        <translation>aliases expand to {size} nodes (limit {limit}); refusing a possible alias bomb</translation>
    </message>
    <message>
        <source>file is {size} bytes, more than the limit of {limit} bytes</source>
        <translation>file is {size} bytes, more than the limit of {limit} bytes</translation>
    </message>
    <message>
        <source>file is not valid UTF-8 (byte 0x{byte:02x} at offset {offset})</source>
        <translation>file is not valid UTF-8 (byte 0x{byte:02x} at offset {offset})</translation>
    </message>
    <message>
        <source>data is nested more than {limit} levels deep</source>
        <translation>data is nested more than {limit} levels deep</translation>
    </message>
    <message>
        <source>file holds no data</source>
        <translation>file holds no data</translation>
    </message>
    <message>
        <source>mapping key must be a plain scalar, found {found}</source>
        <translation>mapping key must be a plain scalar, found {found}</translation>
    </message>
    <message>
        <source>cannot read file: {reason}</source>
        <translation>cannot read file: {reason}</translation>
    </message>
    <message>
        <source>an alias refers to a node that contains itself</source>
        <translation>an alias refers to a node that contains itself</translation>
    </message>
    <message>
        <source>value does not fit its tag {tag}: {problem}</source>
        <translation>value does not fit its tag {tag}: {problem}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is ignored: catalog files must end in .yaml</source>
        <translation>&apos;{name}&apos; is ignored: catalog files must end in .yaml</translation>
    </message>
    <message>
        <source>catalog directory &apos;{path}&apos; {problem}</source>
        <translation>catalog directory &apos;{path}&apos; {problem}</translation>
    </message>
    <message>
        <source>catalog has no catalog.yaml at its root</source>
        <translation>catalog has no catalog.yaml at its root</translation>
    </message>
    <message>
        <source>{path}: required key &apos;{key}&apos; is missing</source>
        <translation>{path}: required key &apos;{key}&apos; is missing</translation>
    </message>
    <message>
        <source>{path}: unknown key &apos;{key}&apos;</source>
        <translation>{path}: unknown key &apos;{key}&apos;</translation>
    </message>
    <message>
        <source>{path}: expected {expected}, found {found}</source>
        <translation>{path}: expected {expected}, found {found}</translation>
    </message>
    <message>
        <source>{path}: {found} is not allowed; expected one of {allowed}</source>
        <translation>{path}: {found} is not allowed; expected one of {allowed}</translation>
    </message>
    <message>
        <source>{path}: {found} is {problem}</source>
        <translation>{path}: {found} is {problem}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; belongs in {root_file}</source>
        <translation>&apos;{key}&apos; belongs in {root_file}</translation>
    </message>
    <message>
        <source>{path}: id &apos;{id}&apos; is not kebab-case (lowercase letters, digits and single hyphens)</source>
        <translation>{path}: id &apos;{id}&apos; is not kebab-case (lowercase letters, digits and single hyphens)</translation>
    </message>
    <message>
        <source>{kind} &apos;{subject}&apos; {field} unknown id &apos;{ref}&apos;</source>
        <translation>{kind} &apos;{subject}&apos; {field} unknown id &apos;{ref}&apos;</translation>
    </message>
    <message>
        <source>requires cycle: {cycle}; edges: {edges}</source>
        <translation>requires cycle: {cycle}; edges: {edges}</translation>
    </message>
    <message>
        <source>capability &apos;{subject}&apos; has Xinchuang level &apos;{level}&apos; but lists no CPU architectures</source>
        <translation>capability &apos;{subject}&apos; has Xinchuang level &apos;{level}&apos; but lists no CPU architectures</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; is defined twice: here and at {first}</source>
        <translation>id &apos;{id}&apos; is defined twice: here and at {first}</translation>
    </message>
    <message>
        <source>{kind} &apos;{subject}&apos; {field} &apos;{ref}&apos;, which is {actual}, not {expected}</source>
        <translation>{kind} &apos;{subject}&apos; {field} &apos;{ref}&apos;, which is {actual}, not {expected}</translation>
    </message>
    <message>
        <source>interface &apos;{subject}&apos; is provided by no capability</source>
        <translation>interface &apos;{subject}&apos; is provided by no capability</translation>
    </message>
    <message>
        <source>interface &apos;{subject}&apos; names default &apos;{default}&apos;, which does not provide it</source>
        <translation>interface &apos;{subject}&apos; names default &apos;{default}&apos;, which does not provide it</translation>
    </message>
    <message>
        <source>scenario &apos;{subject}&apos; requires &apos;{a}&apos; and &apos;{b}&apos;, which conflict</source>
        <translation>scenario &apos;{subject}&apos; requires &apos;{a}&apos; and &apos;{b}&apos;, which conflict</translation>
    </message>
    <message>
        <source>partner type &apos;{subject}&apos; is used by no capability and no partner</source>
        <translation>partner type &apos;{subject}&apos; is used by no capability and no partner</translation>
    </message>
    <message>
        <source>{path} has no {language} text</source>
        <translation>{path} has no {language} text</translation>
    </message>
    <message>
        <source>{path} has no {language} text; a name is required in both languages</source>
        <translation>{path} has no {language} text; a name is required in both languages</translation>
    </message>
    <message>
        <source>scenario &apos;{subject}&apos; lists &apos;{ref}&apos; as both required and optional</source>
        <translation>scenario &apos;{subject}&apos; lists &apos;{ref}&apos; as both required and optional</translation>
    </message>
    <message>
        <source>scenario &apos;{subject}&apos; sets a quantity for &apos;{ref}&apos; in mode {mode}, which is not a required item in that mode</source>
        <translation>scenario &apos;{subject}&apos; sets a quantity for &apos;{ref}&apos; in mode {mode}, which is not a required item in that mode</translation>
    </message>
    <message>
        <source>{kind} &apos;{subject}&apos; uses unit &apos;{unit}&apos;, which the units of catalog.yaml do not name; it shows as written</source>
        <translation>{kind} &apos;{subject}&apos; uses unit &apos;{unit}&apos;, which the units of catalog.yaml do not name; it shows as written</translation>
    </message>
    <message>
        <source>capability &apos;{subject}&apos; prices mode {mode} by &apos;{price_model}&apos;, which is neither a built-in price model nor one that catalog.yaml declares</source>
        <translation>capability &apos;{subject}&apos; prices mode {mode} by &apos;{price_model}&apos;, which is neither a built-in price model nor one that catalog.yaml declares</translation>
    </message>
    <message>
        <source>capability &apos;{subject}&apos; sets maintenance on mode {mode}, billed {billing}; only once-billed modes are maintained</source>
        <translation>capability &apos;{subject}&apos; sets maintenance on mode {mode}, billed {billing}; only once-billed modes are maintained</translation>
    </message>
    <message>
        <source>defaults.maintenance names price model &apos;{price_model}&apos;, which is neither built in nor declared</source>
        <translation>defaults.maintenance names price model &apos;{price_model}&apos;, which is neither built in nor declared</translation>
    </message>
    <message>
        <source>value driver &apos;{subject}&apos;: the formula {problem}</source>
        <translation>value driver &apos;{subject}&apos;: the formula {problem}</translation>
    </message>
    <message>
        <source>value driver &apos;{subject}&apos;: the formula uses &apos;{name}&apos;, which is not one of its inputs ({inputs})</source>
        <translation>value driver &apos;{subject}&apos;: the formula uses &apos;{name}&apos;, which is not one of its inputs ({inputs})</translation>
    </message>
    <message>
        <source>value driver &apos;{subject}&apos;: input &apos;{input}&apos; has default {default} outside its range {low} to {high}</source>
        <translation>value driver &apos;{subject}&apos;: input &apos;{input}&apos; has default {default} outside its range {low} to {high}</translation>
    </message>
    <message>
        <source>partner_share warn threshold {warn} is above the error threshold {error}</source>
        <translation>partner_share warn threshold {warn} is above the error threshold {error}</translation>
    </message>
    <message>
        <source>capability &apos;{subject}&apos; is not in catalog {catalog}; the item is kept as written</source>
        <translation>capability &apos;{subject}&apos; is not in catalog {catalog}; the item is kept as written</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; has quantity {quantity}; it must be above 0</source>
        <translation>&apos;{subject}&apos; has quantity {quantity}; it must be above 0</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; has discount {discount}; it must be at least 0 and below 1</source>
        <translation>&apos;{subject}&apos; has discount {discount}; it must be at least 0 and below 1</translation>
    </message>
    <message>
        <source>capability &apos;{subject}&apos; is listed more than once; only the first item counts</source>
        <translation>capability &apos;{subject}&apos; is listed more than once; only the first item counts</translation>
    </message>
    <message>
        <source>solution was made for catalog {wanted_id} {wanted_version}, but catalog {id} {version} is loaded</source>
        <translation>solution was made for catalog {wanted_id} {wanted_version}, but catalog {id} {version} is loaded</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; names unknown partner &apos;{partner}&apos;</source>
        <translation>&apos;{subject}&apos; names unknown partner &apos;{partner}&apos;</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is delivered by unknown partner type &apos;{delivered_by}&apos;</source>
        <translation>&apos;{subject}&apos; is delivered by unknown partner type &apos;{delivered_by}&apos;</translation>
    </message>
    <message>
        <source>scenario &apos;{scenario}&apos; is not in the catalog</source>
        <translation>scenario &apos;{scenario}&apos; is not in the catalog</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is marked customised, but the catalog does not offer it customised</source>
        <translation>&apos;{subject}&apos; is marked customised, but the catalog does not offer it customised</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; has quantity {quantity}, but its ramp starts at {first}; year 1 uses {quantity}</source>
        <translation>&apos;{subject}&apos; has quantity {quantity}, but its ramp starts at {first}; year 1 uses {quantity}</translation>
    </message>
    <message>
        <source>option name &apos;{name}&apos; is used more than once; --option and &apos;recommended&apos; find the first</source>
        <translation>option name &apos;{name}&apos; is used more than once; --option and &apos;recommended&apos; find the first</translation>
    </message>
    <message>
        <source>&apos;recommended&apos; names &apos;{name}&apos;, which is no option of the deal; none is recommended</source>
        <translation>&apos;recommended&apos; names &apos;{name}&apos;, which is no option of the deal; none is recommended</translation>
    </message>
    <message>
        <source>revision number {number} is used more than once; only the first counts</source>
        <translation>revision number {number} is used more than once; only the first counts</translation>
    </message>
    <message>
        <source>solution was priced on catalog {catalog} ({old}); the loaded catalog of that version has other content ({new})</source>
        <translation>solution was priced on catalog {catalog} ({old}); the loaded catalog of that version has other content ({new})</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; ({mode}) was priced at {old} on catalog {catalog}; the loaded catalog asks {new} ({change})</source>
        <translation>&apos;{subject}&apos; ({mode}) was priced at {old} on catalog {catalog}; the loaded catalog asks {new} ({change})</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; was in catalog {catalog}; the loaded catalog no longer has it</source>
        <translation>&apos;{subject}&apos; was in catalog {catalog}; the loaded catalog no longer has it</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; was in catalog {catalog}; the loaded catalog has it as &apos;{new}&apos;</source>
        <translation>&apos;{subject}&apos; was in catalog {catalog}; the loaded catalog has it as &apos;{new}&apos;</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos;: {field} was {old} on catalog {catalog}; the loaded catalog says {new}</source>
        <translation>&apos;{subject}&apos;: {field} was {old} on catalog {catalog}; the loaded catalog says {new}</translation>
    </message>
    <message>
        <source>on the loaded catalog, resolving the dependencies would add (+) or drop (−): {changes}</source>
        <translation>on the loaded catalog, resolving the dependencies would add (+) or drop (−): {changes}</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; ({mode}) keeps list price {old} of catalog {catalog}; the loaded catalog asks {new}</source>
        <translation>&apos;{subject}&apos; ({mode}) keeps list price {old} of catalog {catalog}; the loaded catalog asks {new}</translation>
    </message>
    <message>
        <source>solution was priced on catalog {catalog}, and no revision keeps it: what changed in prices cannot be shown</source>
        <translation>solution was priced on catalog {catalog}, and no revision keeps it: what changed in prices cannot be shown</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; requires &apos;{requirement}&apos;, which is not in the solution</source>
        <translation>&apos;{subject}&apos; requires &apos;{requirement}&apos;, which is not in the solution</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; recommends &apos;{requirement}&apos;, which is not in the solution</source>
        <translation>&apos;{subject}&apos; recommends &apos;{requirement}&apos;, which is not in the solution</translation>
    </message>
    <message>
        <source>no provider of &apos;{requirement}&apos; (required by &apos;{subject}&apos;) fits: {reasons}</source>
        <translation>no provider of &apos;{requirement}&apos; (required by &apos;{subject}&apos;) fits: {reasons}</translation>
    </message>
    <message>
        <source>items require each other in a cycle: {cycle}</source>
        <translation>items require each other in a cycle: {cycle}</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; conflicts with &apos;{other}&apos;; they cannot be in one solution</source>
        <translation>&apos;{subject}&apos; conflicts with &apos;{other}&apos;; they cannot be in one solution</translation>
    </message>
    <message>
        <source>scenario &apos;{scenario}&apos; requires &apos;{subject}&apos;, which is not in the solution</source>
        <translation>scenario &apos;{scenario}&apos; requires &apos;{subject}&apos;, which is not in the solution</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is not offered in mode {mode}; it offers {offered}</source>
        <translation>&apos;{subject}&apos; is not offered in mode {mode}; it offers {offered}</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; runs in mode {mode}, which a {deployment} deployment does not allow</source>
        <translation>&apos;{subject}&apos; runs in mode {mode}, which a {deployment} deployment does not allow</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; runs in mode {mode}, but the site is air-gapped: only private (PRV) deployments work</source>
        <translation>&apos;{subject}&apos; runs in mode {mode}, but the site is air-gapped: only private (PRV) deployments work</translation>
    </message>
    <message>
        <source>private &apos;{subject}&apos; depends on public &apos;{target}&apos;, but the policy allows dedicated lines only and the solution has none</source>
        <translation>private &apos;{subject}&apos; depends on public &apos;{target}&apos;, but the policy allows dedicated lines only and the solution has none</translation>
    </message>
    <message>
        <source>public &apos;{subject}&apos; calls private &apos;{target}&apos; without {role} in front</source>
        <translation>public &apos;{subject}&apos; calls private &apos;{target}&apos; without {role} in front</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; processes {data_class} data, but mode {mode} is public and the policy allows at most {allowed} there</source>
        <translation>&apos;{subject}&apos; processes {data_class} data, but mode {mode} is public and the policy allows at most {allowed} there</translation>
    </message>
    <message>
        <source>core-banking &apos;{subject}&apos; cannot run on multi-tenant public cloud (mode {mode})</source>
        <translation>core-banking &apos;{subject}&apos; cannot run on multi-tenant public cloud (mode {mode})</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; runs on premises ({mode}) with Xinchuang level &apos;{found}&apos;; the {level} policy needs {required}</source>
        <translation>&apos;{subject}&apos; runs on premises ({mode}) with Xinchuang level &apos;{found}&apos;; the {level} policy needs {required}</translation>
    </message>
    <message>
        <source>private-zone items share no CPU architecture ({architectures}): {blockers}</source>
        <translation>private-zone items share no CPU architecture ({architectures}): {blockers}</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is foreign technology, against the {level} Xinchuang policy</source>
        <translation>&apos;{subject}&apos; is foreign technology, against the {level} Xinchuang policy</translation>
    </message>
    <message>
        <source>a core Xinchuang policy needs {missing} on the solution</source>
        <translation>a core Xinchuang policy needs {missing} on the solution</translation>
    </message>
    <message>
        <source>the customer operates critical information infrastructure: foreign or public-cloud components ({items}) may need a cybersecurity review</source>
        <translation>the customer operates critical information infrastructure: foreign or public-cloud components ({items}) may need a cybersecurity review</translation>
    </message>
    <message>
        <source>the critical path needs {weeks} weeks, but go-live ({go_live}) is in {left} weeks: {chain}</source>
        <translation>the critical path needs {weeks} weeks, but go-live ({go_live}) is in {left} weeks: {chain}</translation>
    </message>
    <message>
        <source>scenario &apos;{subject}&apos; has no quantified value driver; add one so the customer sees the benefit</source>
        <translation>scenario &apos;{subject}&apos; has no quantified value driver; add one so the customer sees the benefit</translation>
    </message>
    <message>
        <source>value driver &apos;{subject}&apos;: input &apos;{input}&apos; is {value}, outside its plausible range {low} to {high}</source>
        <translation>value driver &apos;{subject}&apos;: input &apos;{input}&apos; is {value}, outside its plausible range {low} to {high}</translation>
    </message>
    <message>
        <source>the expected case does not pay back within the deal&apos;s {years} years; consider phasing</source>
        <translation>the expected case does not pay back within the deal&apos;s {years} years; consider phasing</translation>
    </message>
    <message>
        <source>the value section sets &apos;{input}&apos; of &apos;{subject}&apos;, which the catalog does not define; it is kept</source>
        <translation>the value section sets &apos;{input}&apos; of &apos;{subject}&apos;, which the catalog does not define; it is kept</translation>
    </message>
    <message>
        <source>partner-delivered share is {share_pct} of first-year value, above the {level} threshold of {threshold_pct}</source>
        <translation>partner-delivered share is {share_pct} of first-year value, above the {level} threshold of {threshold_pct}</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is customised, but no delivery partner delivers any line of the solution</source>
        <translation>&apos;{subject}&apos; is customised, but no delivery partner delivers any line of the solution</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is delivered by &apos;{delivered_by}&apos;, but partner &apos;{partner}&apos; is not of that type</source>
        <translation>&apos;{subject}&apos; is delivered by &apos;{delivered_by}&apos;, but partner &apos;{partner}&apos; is not of that type</translation>
    </message>
    <message>
        <source>did you mean &apos;{suggestion}&apos;?</source>
        <translation>did you mean &apos;{suggestion}&apos;?</translation>
    </message>
    <message>
        <source>allowed keys: {allowed}</source>
        <translation>allowed keys: {allowed}</translation>
    </message>
    <message>
        <source>put the value in quotes so that it stays text</source>
        <translation>put the value in quotes so that it stays text</translation>
    </message>
    <message>
        <source>split the file into smaller files</source>
        <translation>split the file into smaller files</translation>
    </message>
    <message>
        <source>rename it to &apos;{suggestion}&apos;</source>
        <translation>rename it to &apos;{suggestion}&apos;</translation>
    </message>
    <message>
        <source>create catalog.yaml with format, id, version, name, currency and categories</source>
        <translation>create catalog.yaml with format, id, version, name, currency and categories</translation>
    </message>
    <message>
        <source>add &apos;{subject}&apos; to the `provides` list of a capability</source>
        <translation>add &apos;{subject}&apos; to the `provides` list of a capability</translation>
    </message>
    <message>
        <source>move it to catalog.yaml</source>
        <translation>move it to catalog.yaml</translation>
    </message>
    <message>
        <source>keep one of them in `required` and move the other to `optional`</source>
        <translation>keep one of them in `required` and move the other to `optional`</translation>
    </message>
    <message>
        <source>add &apos;{suggestion}&apos;</source>
        <translation>add &apos;{suggestion}&apos;</translation>
    </message>
    <message>
        <source>switch to mode {suggestion}</source>
        <translation>switch to mode {suggestion}</translation>
    </message>
    <message>
        <source>remove &apos;{subject}&apos; or &apos;{other}&apos;</source>
        <translation>remove &apos;{subject}&apos; or &apos;{other}&apos;</translation>
    </message>
    <message>
        <source>let a delivery partner deliver this line, or add a delivery service</source>
        <translation>let a delivery partner deliver this line, or add a delivery service</translation>
    </message>
    <message>
        <source>fix the catalog, or remove the item</source>
        <translation>fix the catalog, or remove the item</translation>
    </message>
    <message>
        <source>get approval for an all-in project, or let a partner be the prime contractor</source>
        <translation>get approval for an all-in project, or let a partner be the prime contractor</translation>
    </message>
    <message>
        <source>compliant alternatives: {choices}</source>
        <translation>compliant alternatives: {choices}</translation>
    </message>
    <message>
        <source>public</source>
        <translation>public</translation>
    </message>
    <message>
        <source>private</source>
        <translation>private</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>hybrid</translation>
    </message>
    <message>
        <source>office</source>
        <translation>office</translation>
    </message>
    <message>
        <source>Public cloud</source>
        <translation>Public cloud</translation>
    </message>
    <message>
        <source>Private cloud</source>
        <translation>Private cloud</translation>
    </message>
    <message>
        <source>Hybrid cloud</source>
        <translation>Hybrid cloud</translation>
    </message>
    <message>
        <source>No requirement</source>
        <translation>No requirement</translation>
    </message>
    <message>
        <source>Office systems</source>
        <translation>Office systems</translation>
    </message>
    <message>
        <source>General systems</source>
        <translation>General systems</translation>
    </message>
    <message>
        <source>Core systems</source>
        <translation>Core systems</translation>
    </message>
    <message>
        <source>Internet allowed</source>
        <translation>Internet allowed</translation>
    </message>
    <message>
        <source>Dedicated line only</source>
        <translation>Dedicated line only</translation>
    </message>
    <message>
        <source>Air-gapped</source>
        <translation>Air-gapped</translation>
    </message>
    <message>
        <source>general</source>
        <translation>general</translation>
    </message>
    <message>
        <source>core</source>
        <translation>core</translation>
    </message>
    <message>
        <source>an API gateway</source>
        <translation>an API gateway</translation>
    </message>
    <message>
        <source>a web application firewall</source>
        <translation>a web application firewall</translation>
    </message>
    <message>
        <source>an HSM with SM2/SM3/SM4 cryptography</source>
        <translation>an HSM with SM2/SM3/SM4 cryptography</translation>
    </message>
    <message>
        <source>a commercial-cryptography assessment</source>
        <translation>a commercial-cryptography assessment</translation>
    </message>
    <message>
        <source>switch &apos;{target}&apos; to {value}</source>
        <translation>switch &apos;{target}&apos; to {value}</translation>
    </message>
    <message>
        <source>replace &apos;{target}&apos; with &apos;{value}&apos;</source>
        <translation>replace &apos;{target}&apos; with &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>add &apos;{target}&apos;</source>
        <translation>add &apos;{target}&apos;</translation>
    </message>
    <message>
        <source>{architecture} lacks {items}</source>
        <translation>{architecture} lacks {items}</translation>
    </message>
    <message>
        <source>remove &apos;{target}&apos;</source>
        <translation>remove &apos;{target}&apos;</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(top level)</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>an empty value</translation>
    </message>
    <message>
        <source>boolean {value}</source>
        <translation>boolean {value}</translation>
    </message>
    <message>
        <source>number {value}</source>
        <translation>number {value}</translation>
    </message>
    <message>
        <source>text &apos;{value}&apos;</source>
        <translation>text &apos;{value}&apos;</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>a mapping</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>a list</translation>
    </message>
    <message>
        <source>date {value}</source>
        <translation>date {value}</translation>
    </message>
    <message>
        <source>a value of type {value}</source>
        <translation>a value of type {value}</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>a number</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>a whole number</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true or false</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} or {second}</translation>
    </message>
    <message>
        <source>below the minimum {bound}</source>
        <translation>below the minimum {bound}</translation>
    </message>
    <message>
        <source>above the maximum {bound}</source>
        <translation>above the maximum {bound}</translation>
    </message>
    <message>
        <source>not above {bound}</source>
        <translation>not above {bound}</translation>
    </message>
    <message>
        <source>not below {bound}</source>
        <translation>not below {bound}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>must not be empty</translation>
    </message>
    <message>
        <source>lists {values} more than once</source>
        <translation>lists {values} more than once</translation>
    </message>
    <message>
        <source>{found} does not match the pattern {pattern}</source>
        <translation>{found} does not match the pattern {pattern}</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>it is a directory</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a calendar date</source>
        <translation>&apos;{value}&apos; is not a calendar date</translation>
    </message>
    <message>
        <source>&apos;{candidate}&apos; conflicts with &apos;{detail}&apos;</source>
        <translation>&apos;{candidate}&apos; conflicts with &apos;{detail}&apos;</translation>
    </message>
    <message>
        <source>&apos;{candidate}&apos; is foreign technology, barred by the Xinchuang policy</source>
        <translation>&apos;{candidate}&apos; is foreign technology, barred by the Xinchuang policy</translation>
    </message>
    <message>
        <source>&apos;{candidate}&apos; has Xinchuang level &apos;{detail}&apos;, too low for the policy</source>
        <translation>&apos;{candidate}&apos; has Xinchuang level &apos;{detail}&apos;, too low for the policy</translation>
    </message>
    <message>
        <source>&apos;{candidate}&apos; offers only {detail}, which the policy does not allow</source>
        <translation>&apos;{candidate}&apos; offers only {detail}, which the policy does not allow</translation>
    </message>
    <message>
        <source>the catalog has no provider</source>
        <translation>the catalog has no provider</translation>
    </message>
    <message>
        <source>a !!seq must be a sequence</source>
        <translation>a !!seq must be a sequence</translation>
    </message>
    <message>
        <source>a !!map must be a mapping</source>
        <translation>a !!map must be a mapping</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>a sequence</translation>
    </message>
    <message>
        <source>a merge of a non-mapping</source>
        <translation>a merge of a non-mapping</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>not a number</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>not a finite number</translation>
    </message>
    <message>
        <source>too large to compute with</source>
        <translation>too large to compute with</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>it is not a regular file</translation>
    </message>
    <message>
        <source>Public cloud zone</source>
        <translation>Public cloud zone</translation>
    </message>
    <message>
        <source>Private zone</source>
        <translation>Private zone</translation>
    </message>
    <message>
        <source>Hybrid zone</source>
        <translation>Hybrid zone</translation>
    </message>
    <message>
        <source>Chosen explicitly (solid)</source>
        <translation>Chosen explicitly (solid)</translation>
    </message>
    <message>
        <source>Pulled in as a dependency (dashed)</source>
        <translation>Pulled in as a dependency (dashed)</translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation>Has errors</translation>
    </message>
    <message>
        <source>Has warnings</source>
        <translation>Has warnings</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>not required</translation>
    </message>
    <message>
        <source>NOT VALIDATED</source>
        <translation>NOT VALIDATED</translation>
    </message>
    <message>
        <source>Solution proposal and bill of materials</source>
        <translation>Solution proposal and bill of materials</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>Scenario</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Prepared by</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>List prices in %s from the catalog; sample catalogs carry illustrative prices.</source>
        <translation>List prices in %s from the catalog; sample catalogs carry illustrative prices.</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>One-time</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>Monthly</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>Yearly</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>First year</translation>
    </message>
    <message>
        <source>Vendor, first year</source>
        <translation>Vendor, first year</translation>
    </message>
    <message>
        <source>Partners, first year</source>
        <translation>Partners, first year</translation>
    </message>
    <message>
        <source>Partner share</source>
        <translation>Partner share</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Xinchuang level</source>
        <translation>Xinchuang level</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Option {}</source>
        <translation>Option {}</translation>
    </message>
    <message>
        <source>Yearly run cost</source>
        <translation>Yearly run cost</translation>
    </message>
    <message>
        <source>TCO over {years} years</source>
        <translation>TCO over {years} years</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>Net present value</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>Errors</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnings</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Xinchuang share</source>
        <translation>Xinchuang share</translation>
    </message>
    <message>
        <source>Critical path (weeks)</source>
        <translation>Critical path (weeks)</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>Payback (months)</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lines</translation>
    </message>
    <message>
        <source>low</source>
        <translation>low</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>expected</translation>
    </message>
    <message>
        <source>high</source>
        <translation>high</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Return on investment</translation>
    </message>
    <message>
        <source>Payback in months</source>
        <translation>Payback in months</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Assumption</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
    <message>
        <source>Plausible range</source>
        <translation>Plausible range</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Capability id</source>
        <translation>Capability id</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capability</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Category</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qty</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>Billing</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>List price</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>Delivered by</translation>
    </message>
    <message>
        <source>Partner-delivered</source>
        <translation>Partner-delivered</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Origin</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>Required by</translation>
    </message>
    <message>
        <source>Lead weeks</source>
        <translation>Lead weeks</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <source>Public cloud (PUB, SAAS)</source>
        <translation>Public cloud (PUB, SAAS)</translation>
    </message>
    <message>
        <source>Private (PRV)</source>
        <translation>Private (PRV)</translation>
    </message>
    <message>
        <source>Hybrid (HYB)</source>
        <translation>Hybrid (HYB)</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>and %d more</source>
        <translation>and %d more</translation>
    </message>
    <message>
        <source>Deployment modes</source>
        <translation>Deployment modes</translation>
    </message>
    <message>
        <source>Network policy</source>
        <translation>Network policy</translation>
    </message>
    <message>
        <source>Data class on public cloud</source>
        <translation>Data class on public cloud</translation>
    </message>
    <message>
        <source>Core banking not on shared cloud</source>
        <translation>Core banking not on shared cloud</translation>
    </message>
    <message>
        <source>Domestic variants</source>
        <translation>Domestic variants</translation>
    </message>
    <message>
        <source>One CPU architecture</source>
        <translation>One CPU architecture</translation>
    </message>
    <message>
        <source>No foreign technology</source>
        <translation>No foreign technology</translation>
    </message>
    <message>
        <source>SM cryptography</source>
        <translation>SM cryptography</translation>
    </message>
    <message>
        <source>Cybersecurity review</source>
        <translation>Cybersecurity review</translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation>Go-live date</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>pass</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fail</translation>
    </message>
    <message>
        <source>check</source>
        <translation>check</translation>
    </message>
    <message>
        <source>once</source>
        <translation>once</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monthly</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>yearly</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>usage</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>chosen</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>dependency</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>yes</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items concerned</source>
        <translation>Items concerned</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>certified</translation>
    </message>
    <message>
        <source>adapted</source>
        <translation>adapted</translation>
    </message>
    <message>
        <source>none</source>
        <translation>none</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>In scope</translation>
    </message>
    <message>
        <source>Xinchuang</source>
        <translation>Xinchuang</translation>
    </message>
    <message>
        <source>Architectures</source>
        <translation>Architectures</translation>
    </message>
    <message>
        <source>Delivery plan</source>
        <translation>Delivery plan</translation>
    </message>
    <message>
        <source>Weeks from order; red bars form the critical path (%s weeks).</source>
        <translation>Weeks from order; red bars form the critical path (%s weeks).</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Add %s</source>
        <translation>Add %s</translation>
    </message>
    <message>
        <source>Remove %s</source>
        <translation>Remove %s</translation>
    </message>
    <message>
        <source>Set mode of %s to %s</source>
        <translation>Set mode of %s to %s</translation>
    </message>
    <message>
        <source>Edit %s</source>
        <translation>Edit %s</translation>
    </message>
    <message>
        <source>Change policy</source>
        <translation>Change policy</translation>
    </message>
    <message>
        <source>Apply the policy to all items</source>
        <translation>Apply the policy to all items</translation>
    </message>
    <message>
        <source>Edit solution details</source>
        <translation>Edit solution details</translation>
    </message>
    <message>
        <source>Edit deal settings</source>
        <translation>Edit deal settings</translation>
    </message>
    <message>
        <source>Set %s</source>
        <translation>Set %s</translation>
    </message>
    <message>
        <source>Fix: %s</source>
        <translation>Fix: %s</translation>
    </message>
    <message>
        <source>Option %d</source>
        <translation>Option %d</translation>
    </message>
    <message>
        <source>Delete option %s</source>
        <translation>Delete option %s</translation>
    </message>
    <message>
        <source>Rename option %s</source>
        <translation>Rename option %s</translation>
    </message>
    <message>
        <source>Move option %s</source>
        <translation>Move option %s</translation>
    </message>
    <message>
        <source>Recommend option %s</source>
        <translation>Recommend option %s</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <source>Save the changes to “%s” first?</source>
        <translation>Save the changes to “%s” first?</translation>
    </message>
    <message>
        <source>an unsaved solution</source>
        <translation>an unsaved solution</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>Recover unsaved work</translation>
    </message>
    <message>
        <source>The configurator did not close properly. Restore the unsaved changes to %s?</source>
        <translation>The configurator did not close properly. Restore the unsaved changes to %s?</translation>
    </message>
    <message>
        <source>Bring every item in line with the policy? This makes %d changes:</source>
        <translation>Bring every item in line with the policy? This makes %d changes:</translation>
    </message>
    <message>
        <source>Save revision %d</source>
        <translation>Save revision %d</translation>
    </message>
    <message>
        <source>e.g. second offer after the customer&apos;s review</source>
        <translation>e.g. second offer after the customer&apos;s review</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Open solution</source>
        <translation>Open solution</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>Save as</translation>
    </message>
    <message>
        <source>… and %d more</source>
        <translation>… and %d more</translation>
    </message>
    <message>
        <source>Chosen explicitly</source>
        <translation>Chosen explicitly</translation>
    </message>
    <message>
        <source>Required by: %s</source>
        <translation>Required by: %s</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>Not required</translation>
    </message>
    <message>
        <source>No quantified value drivers.</source>
        <translation>No quantified value drivers.</translation>
    </message>
    <message>
        <source>Cost over years 1–{years}</source>
        <translation>Cost over years 1–{years}</translation>
    </message>
    <message>
        <source>Net benefit over years 1–{years}</source>
        <translation>Net benefit over years 1–{years}</translation>
    </message>
    <message>
        <source>Net present value at {rate}</source>
        <translation>Net present value at {rate}</translation>
    </message>
    <message>
        <source>months</source>
        <translation>months</translation>
    </message>
    <message>
        <source>Year {year}: benefit {benefit}, cost {cost}, net {net}, cumulative {cumulative}</source>
        <translation>Year {year}: benefit {benefit}, cost {cost}, net {net}, cumulative {cumulative}</translation>
    </message>
    <message>
        <source>low and high: the 10th and 90th percentiles of {draws} draws of the inputs&apos; ranges</source>
        <translation>low and high: the 10th and 90th percentiles of {draws} draws of the inputs&apos; ranges</translation>
    </message>
    <message>
        <source>Sensitivity of ROI to each input (low end → high end):</source>
        <translation>Sensitivity of ROI to each input (low end → high end):</translation>
    </message>
    <message>
        <source>break-even: month %d</source>
        <translation>break-even: month %d</translation>
    </message>
    <message>
        <source>cumulative cost</source>
        <translation>cumulative cost</translation>
    </message>
    <message>
        <source>cumulative benefit (expected)</source>
        <translation>cumulative benefit (expected)</translation>
    </message>
    <message>
        <source>Sensitivity of ROI to each input</source>
        <translation>Sensitivity of ROI to each input</translation>
    </message>
    <message>
        <source>input at its low end</source>
        <translation>input at its low end</translation>
    </message>
    <message>
        <source>input at its high end</source>
        <translation>input at its high end</translation>
    </message>
    <message>
        <source>expected ROI %s</source>
        <translation>expected ROI %s</translation>
    </message>
    <message>
        <source>errors elsewhere in the solution: {count}; `configurator check` lists them</source>
        <translation>errors elsewhere in the solution: {count}; `configurator check` lists them</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>per year</translation>
    </message>
    <message>
        <source>default</source>
        <translation>default</translation>
    </message>
    <message>
        <source>Annual benefit</source>
        <translation>Annual benefit</translation>
    </message>
    <message>
        <source>First-year cost</source>
        <translation>First-year cost</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>Payback</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>generated</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>Cover</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Summary</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Option</translation>
    </message>
    <message>
        <source>This solution has errors and is not validated.</source>
        <translation>This solution has errors and is not validated.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Who delivers</source>
        <translation>Who delivers</translation>
    </message>
    <message>
        <source>Customer policy</source>
        <translation>Customer policy</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Checks</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>Critical path</translation>
    </message>
    <message>
        <source>%s weeks</source>
        <translation>%s weeks</translation>
    </message>
    <message>
        <source>Business value</source>
        <translation>Business value</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Assumptions</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>Bill of materials</translation>
    </message>
    <message>
        <source>◆ marks lines delivered by a partner.</source>
        <translation>◆ marks lines delivered by a partner.</translation>
    </message>
    <message>
        <source>Zones and compliance</source>
        <translation>Zones and compliance</translation>
    </message>
    <message>
        <source>Where each part runs</source>
        <translation>Where each part runs</translation>
    </message>
    <message>
        <source>Compliance with the customer policy</source>
        <translation>Compliance with the customer policy</translation>
    </message>
    <message>
        <source>Common CPU architecture</source>
        <translation>Common CPU architecture</translation>
    </message>
    <message>
        <source>%d, changed since (%s)</source>
        <translation>%d, changed since (%s)</translation>
    </message>
    <message>
        <source>revision %d</source>
        <translation>revision %d</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>low (P10)</source>
        <translation>low (P10)</translation>
    </message>
    <message>
        <source>high (P90)</source>
        <translation>high (P90)</translation>
    </message>
    <message>
        <source>Cost over years 1–%d</source>
        <translation>Cost over years 1–%d</translation>
    </message>
    <message>
        <source>Net benefit over years 1–%d (P10 / expected / P90)</source>
        <translation>Net benefit over years 1–%d (P10 / expected / P90)</translation>
    </message>
    <message>
        <source>Net present value at %s</source>
        <translation>Net present value at %s</translation>
    </message>
    <message>
        <source>Year %d</source>
        <translation>Year %d</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Net cash flow</source>
        <translation>Net cash flow</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>‡ marks list prices kept from catalog %s, on which the solution was priced.</source>
        <translation>‡ marks list prices kept from catalog %s, on which the solution was priced.</translation>
    </message>
    <message>
        <source>Domestic-technology share of first-year value</source>
        <translation>Domestic-technology share of first-year value</translation>
    </message>
    <message>
        <source>Evidence: items in Xinchuang scope</source>
        <translation>Evidence: items in Xinchuang scope</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>No errors or warnings.</source>
        <translation>No errors or warnings.</translation>
    </message>
    <message>
        <source>bill of materials {name}</source>
        <translation>bill of materials {name}</translation>
    </message>
    <message>
        <source>solution {name}</source>
        <translation>solution {name}</translation>
    </message>
    <message>
        <source>catalog {name}</source>
        <translation>catalog {name}</translation>
    </message>
    <message>
        <source>The catalog has errors; the app cannot start. Fix them and start it again.</source>
        <translation>The catalog has errors; the app cannot start. Fix them and start it again.</translation>
    </message>
    <message>
        <source>Catalog has errors</source>
        <translation>Catalog has errors</translation>
    </message>
    <message>
        <source>The catalog could not be read (%s); the app cannot start.</source>
        <translation>The catalog could not be read (%s); the app cannot start.</translation>
    </message>
    <message>
        <source>Catalog could not be read</source>
        <translation>Catalog could not be read</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>it is empty</translation>
    </message>
    <message>
        <source>{count} characters, more than {limit}</source>
        <translation>{count} characters, more than {limit}</translation>
    </message>
    <message>
        <source>the number {number}… is too large</source>
        <translation>the number {number}… is too large</translation>
    </message>
    <message>
        <source>option {name}</source>
        <translation>option {name}</translation>
    </message>
    <message>
        <source>{name}: {count} options over {years} years</source>
        <translation>{name}: {count} options over {years} years</translation>
    </message>
    <message>
        <source>{name}: one option over {years} years</source>
        <translation>{name}: one option over {years} years</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>recommended</translation>
    </message>
    <message>
        <source>Capabilities that differ</source>
        <translation>Capabilities that differ</translation>
    </message>
    <message>
        <source>none: every option holds the same capabilities in the same mode and quantity</source>
        <translation>none: every option holds the same capabilities in the same mode and quantity</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Key</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>Figure</translation>
    </message>
    <message>
        <source>%d options over %d years; the pages after this one are about “%s”.</source>
        <translation>%d options over %d years; the pages after this one are about “%s”.</translation>
    </message>
    <message>
        <source>%s marks the recommended option.</source>
        <translation>%s marks the recommended option.</translation>
    </message>
    <message>
        <source>Options compared</source>
        <translation>Options compared</translation>
    </message>
    <message>
        <source>Cumulative cost per option</source>
        <translation>Cumulative cost per option</translation>
    </message>
    <message>
        <source>Every option holds the same capabilities in the same mode.</source>
        <translation>Every option holds the same capabilities in the same mode.</translation>
    </message>
    <message>
        <source>Mode × quantity, with the cost over the horizon.</source>
        <translation>Mode × quantity, with the cost over the horizon.</translation>
    </message>
    <message>
        <source>cumulative cost by the end of each year from order</source>
        <translation>cumulative cost by the end of each year from order</translation>
    </message>
    <message>
        <source>Cost over %d years</source>
        <translation>Cost over %d years</translation>
    </message>
    <message>
        <source>TCO</source>
        <translation>TCO</translation>
    </message>
    <message>
        <source>amounts in %s</source>
        <translation>amounts in %s</translation>
    </message>
    <message>
        <source>Cost per line and year</source>
        <translation>Cost per line and year</translation>
    </message>
    <message>
        <source>The %d lines costliest over the horizon, then the others.</source>
        <translation>The %d lines costliest over the horizon, then the others.</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Year</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partners</translation>
    </message>
    <message>
        <source>Year {n}</source>
        <translation>Year {n}</translation>
    </message>
    <message>
        <source>Other lines ({count})</source>
        <translation>Other lines ({count})</translation>
    </message>
    <message>
        <source>New option from %s</source>
        <translation>New option from %s</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>New option</translation>
    </message>
    <message>
        <source>%s (copy)</source>
        <translation>%s (copy)</translation>
    </message>
    <message>
        <source>Duplicate option %s</source>
        <translation>Duplicate option %s</translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation>Delete option</translation>
    </message>
    <message>
        <source>Delete the option “%s” and its items?</source>
        <translation>Delete the option “%s” and its items?</translation>
    </message>
    <message>
        <source>one-time cost</source>
        <translation>one-time cost</translation>
    </message>
    <message>
        <source>monthly fees</source>
        <translation>monthly fees</translation>
    </message>
    <message>
        <source>yearly fees</source>
        <translation>yearly fees</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>mode</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>quantity</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>discount</translation>
    </message>
    <message>
        <source>delivered by</source>
        <translation>delivered by</translation>
    </message>
    <message>
        <source>customised</source>
        <translation>customised</translation>
    </message>
    <message>
        <source>quantity ramp</source>
        <translation>quantity ramp</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notes</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>deployment</translation>
    </message>
    <message>
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <source>critical information infrastructure</source>
        <translation>critical information infrastructure</translation>
    </message>
    <message>
        <source>data class allowed on public cloud</source>
        <translation>data class allowed on public cloud</translation>
    </message>
    <message>
        <source>go-live</source>
        <translation>go-live</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>customer</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>catalog</translation>
    </message>
    <message>
        <source>catalog version</source>
        <translation>catalog version</translation>
    </message>
    <message>
        <source>recommended option</source>
        <translation>recommended option</translation>
    </message>
    <message>
        <source>no longer in the catalog</source>
        <translation>no longer in the catalog</translation>
    </message>
    <message>
        <source>in the catalog as {new}</source>
        <translation>in the catalog as {new}</translation>
    </message>
    <message>
        <source>priced on catalog {old} ({old_digest}); loaded: {new} ({new_digest})</source>
        <translation>priced on catalog {old} ({old_digest}); loaded: {new} ({new_digest})</translation>
    </message>
    <message>
        <source>no revision keeps that catalog: what changed in prices cannot be shown</source>
        <translation>no revision keeps that catalog: what changed in prices cannot be shown</translation>
    </message>
    <message>
        <source>the old catalog as revision {number} kept it</source>
        <translation>the old catalog as revision {number} kept it</translation>
    </message>
    <message>
        <source>list price {old} → {new}</source>
        <translation>list price {old} → {new}</translation>
    </message>
    <message>
        <source>kept from {catalog}</source>
        <translation>kept from {catalog}</translation>
    </message>
    <message>
        <source>first-year cost</source>
        <translation>first-year cost</translation>
    </message>
    <message>
        <source>cost of ownership</source>
        <translation>cost of ownership</translation>
    </message>
    <message>
        <source>resolving would add</source>
        <translation>resolving would add</translation>
    </message>
    <message>
        <source>resolving would drop</source>
        <translation>resolving would drop</translation>
    </message>
    <message>
        <source>the solution is priced on the loaded catalog: nothing drifted</source>
        <translation>the solution is priced on the loaded catalog: nothing drifted</translation>
    </message>
    <message>
        <source>net present value of the cost</source>
        <translation>net present value of the cost</translation>
    </message>
    <message>
        <source>partner share</source>
        <translation>partner share</translation>
    </message>
    <message>
        <source>new finding</source>
        <translation>new finding</translation>
    </message>
    <message>
        <source>resolved finding</source>
        <translation>resolved finding</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>compliance</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>no differences</translation>
    </message>
    <message>
        <source>option added: {name}</source>
        <translation>option added: {name}</translation>
    </message>
    <message>
        <source>option removed: {name}</source>
        <translation>option removed: {name}</translation>
    </message>
    <message>
        <source>BOM</source>
        <translation>BOM</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>Zones</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>Options</translation>
    </message>
    <message>
        <source>Figures of the configurator: they do not follow edits on the BOM sheet.</source>
        <translation>Figures of the configurator: they do not follow edits on the BOM sheet.</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>Hint</translation>
    </message>
    <message>
        <source>Value driver</source>
        <translation>Value driver</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Low</translation>
    </message>
    <message>
        <source>High</source>
        <translation>High</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>briefing deck {name}</source>
        <translation>briefing deck {name}</translation>
    </message>
    <message>
        <source>Solution briefing</source>
        <translation>Solution briefing</translation>
    </message>
    <message>
        <source>%d items</source>
        <translation>%d items</translation>
    </message>
    <message>
        <source>Net benefit over years 1–%d</source>
        <translation>Net benefit over years 1–%d</translation>
    </message>
    <message>
        <source>revisions {name}</source>
        <translation>revisions {name}</translation>
    </message>
    <message>
        <source>saved revision {number} in {file}</source>
        <translation>saved revision {number} in {file}</translation>
    </message>
    <message>
        <source>no revisions yet (save one with --save NOTE)</source>
        <translation>no revisions yet (save one with --save NOTE)</translation>
    </message>
    <message>
        <source>Revision %d was saved on %s by %s: “%s”. It is priced as it was, on catalog %s; this proposal on %s.</source>
        <translation>Revision %d was saved on %s by %s: “%s”. It is priced as it was, on catalog %s; this proposal on %s.</translation>
    </message>
    <message>
        <source>Option added</source>
        <translation>Option added</translation>
    </message>
    <message>
        <source>Option removed</source>
        <translation>Option removed</translation>
    </message>
    <message>
        <source>What</source>
        <translation>What</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Before</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Now</translation>
    </message>
    <message>
        <source>Changes since revision %d</source>
        <translation>Changes since revision %d</translation>
    </message>
    <message>
        <source>Nothing has changed since this revision.</source>
        <translation>Nothing has changed since this revision.</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>price</source>
        <translation>price</translation>
    </message>
    <message>
        <source>First year before</source>
        <translation>First year before</translation>
    </message>
    <message>
        <source>First year now</source>
        <translation>First year now</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Difference</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>New finding</translation>
    </message>
    <message>
        <source>Resolved finding</source>
        <translation>Resolved finding</translation>
    </message>
    <message>
        <source>Compliant: %s → %s</source>
        <translation>Compliant: %s → %s</translation>
    </message>
    <message>
        <source>Kept from catalog %s, on which the solution was priced</source>
        <translation>Kept from catalog %s, on which the solution was priced</translation>
    </message>
    <message>
        <source>in the catalog as %s</source>
        <translation>in the catalog as %s</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>What changed</translation>
    </message>
    <message>
        <source>kept from %s</source>
        <translation>kept from %s</translation>
    </message>
    <message>
        <source>List price before</source>
        <translation>List price before</translation>
    </message>
    <message>
        <source>List price now</source>
        <translation>List price now</translation>
    </message>
    <message>
        <source>Resolving would add</source>
        <translation>Resolving would add</translation>
    </message>
    <message>
        <source>Resolving would drop</source>
        <translation>Resolving would drop</translation>
    </message>
    <message>
        <source>This solution was priced on catalog %s (%s); the loaded catalog is %s (%s). Nothing has changed yet.</source>
        <translation>This solution was priced on catalog %s (%s); the loaded catalog is %s (%s). Nothing has changed yet.</translation>
    </message>
    <message>
        <source>No revision keeps the catalog it was priced on, so its old prices cannot be shown or kept; re-pricing takes the loaded catalog&apos;s prices.</source>
        <translation>No revision keeps the catalog it was priced on, so its old prices cannot be shown or kept; re-pricing takes the loaded catalog&apos;s prices.</translation>
    </message>
    <message>
        <source>The old prices are those revision %d kept.</source>
        <translation>The old prices are those revision %d kept.</translation>
    </message>
    <message>
        <source>The old prices are those of the catalog before it was reloaded.</source>
        <translation>The old prices are those of the catalog before it was reloaded.</translation>
    </message>
    <message>
        <source>For this solution nothing in the catalog&apos;s prices, capabilities or rules has changed.</source>
        <translation>For this solution nothing in the catalog&apos;s prices, capabilities or rules has changed.</translation>
    </message>
    <message>
        <source>Catalog drift</source>
        <translation>Catalog drift</translation>
    </message>
    <message>
        <source>Re-price on catalog %s</source>
        <translation>Re-price on catalog %s</translation>
    </message>
    <message>
        <source>Keep the old prices</source>
        <translation>Keep the old prices</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>Decide later</translation>
    </message>
    <message>
        <source>The lines stay priced as they were, marked with the catalog that priced them</source>
        <translation>The lines stay priced as they were, marked with the catalog that priced them</translation>
    </message>
    <message>
        <source>No revision keeps the old prices</source>
        <translation>No revision keeps the old prices</translation>
    </message>
    <message>
        <source>Saved on %s by %s: “%s”. Priced on catalog %s.</source>
        <translation>Saved on %s by %s: “%s”. Priced on catalog %s.</translation>
    </message>
    <message>
        <source>Total first year</source>
        <translation>Total first year</translation>
    </message>
    <message>
        <source>Revision %d</source>
        <translation>Revision %d</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Saved</translation>
    </message>
    <message>
        <source>Revisions of %s</source>
        <translation>Revisions of %s</translation>
    </message>
    <message>
        <source>Restore as current</source>
        <translation>Restore as current</translation>
    </message>
    <message>
        <source>Compare with current…</source>
        <translation>Compare with current…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Export PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Compare with revision</source>
        <translation>Compare with revision</translation>
    </message>
    <message>
        <source>Export PDF with these changes…</source>
        <translation>Export PDF with these changes…</translation>
    </message>
    <message>
        <source>Cannot save a revision</source>
        <translation>Cannot save a revision</translation>
    </message>
    <message>
        <source>“%s” has problems; it is left as it is. Fix or move it, then save the revision again.</source>
        <translation>“%s” has problems; it is left as it is. Fix or move it, then save the revision again.</translation>
    </message>
    <message>
        <source>“%s” could not be written: %s</source>
        <translation>“%s” could not be written: %s</translation>
    </message>
    <message>
        <source>Saved revision %d in %s</source>
        <translation>Saved revision %d in %s</translation>
    </message>
    <message>
        <source>Revisions cannot be read</source>
        <translation>Revisions cannot be read</translation>
    </message>
    <message>
        <source>“%s” has problems; it is left as it is.</source>
        <translation>“%s” has problems; it is left as it is.</translation>
    </message>
    <message>
        <source>This solution has no revisions yet: File → Save revision… keeps one</source>
        <translation>This solution has no revisions yet: File → Save revision… keeps one</translation>
    </message>
    <message>
        <source>Restore revision %d</source>
        <translation>Restore revision %d</translation>
    </message>
    <message>
        <source>The solution has no items yet</source>
        <translation>The solution has no items yet</translation>
    </message>
    <message>
        <source>The solution is priced on the loaded catalog</source>
        <translation>The solution is priced on the loaded catalog</translation>
    </message>
    <message>
        <source>Keep the prices of catalog %s</source>
        <translation>Keep the prices of catalog %s</translation>
    </message>
    <message>
        <source>Priced on catalog %s, shown on %s: Catalog drift… decides</source>
        <translation>Priced on catalog %s, shown on %s: Catalog drift… decides</translation>
    </message>
</context>
<context>
    <name>BomPanel</name>
    <message>
        <source>Copy table</source>
        <translation>Copy table</translation>
    </message>
    <message>
        <source>Copy the bill of materials as a table for Excel</source>
        <translation>Copy the bill of materials as a table for Excel</translation>
    </message>
    <message>
        <source>One-time %s · Monthly %s · First year %s · Partner share %s</source>
        <translation>One-time %s · Monthly %s · First year %s · Partner share %s</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>CatalogController</name>
    <message>
        <source>Loading the catalog… %p%</source>
        <translation>Loading the catalog… %p%</translation>
    </message>
    <message>
        <source>The catalog could not be read (%s); the last good catalog stays in use.</source>
        <translation>The catalog could not be read (%s); the last good catalog stays in use.</translation>
    </message>
    <message>
        <source>Catalog could not be read</source>
        <translation>Catalog could not be read</translation>
    </message>
    <message>
        <source>Catalog has errors</source>
        <translation>Catalog has errors</translation>
    </message>
    <message>
        <source>The changed catalog has errors; the last good catalog stays in use.</source>
        <translation>The changed catalog has errors; the last good catalog stays in use.</translation>
    </message>
    <message>
        <source>Catalog reloaded</source>
        <translation>Catalog reloaded</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Search by Chinese or English name, id or tag</source>
        <translation>Search by Chinese or English name, id or tag</translation>
    </message>
    <message>
        <source>Add to solution</source>
        <translation>Add to solution</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capability</translation>
    </message>
    <message>
        <source>Xinchuang certified</source>
        <translation>Xinchuang certified</translation>
    </message>
    <message>
        <source>Xinchuang adapted</source>
        <translation>Xinchuang adapted</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Xinchuang · partner</source>
        <translation>Xinchuang · partner</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Certified</translation>
    </message>
    <message>
        <source>Adapted</source>
        <translation>Adapted</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>All categories</translation>
    </message>
    <message>
        <source>Vendor and partners</source>
        <translation>Vendor and partners</translation>
    </message>
    <message>
        <source>Vendor-delivered</source>
        <translation>Vendor-delivered</translation>
    </message>
    <message>
        <source>Partner-delivered</source>
        <translation>Partner-delivered</translation>
    </message>
    <message>
        <source>Any Xinchuang level</source>
        <translation>Any Xinchuang level</translation>
    </message>
    <message>
        <source>No Xinchuang variant</source>
        <translation>No Xinchuang variant</translation>
    </message>
    <message>
        <source>Any mode</source>
        <translation>Any mode</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>One-time</source>
        <translation>One-time</translation>
    </message>
    <message>
        <source>Yearly run cost</source>
        <translation>Yearly run cost</translation>
    </message>
    <message>
        <source>%d-year cost of ownership</source>
        <translation>%d-year cost of ownership</translation>
    </message>
    <message>
        <source>Net present value of the cost</source>
        <translation>Net present value of the cost</translation>
    </message>
    <message>
        <source>Partner share</source>
        <translation>Partner share</translation>
    </message>
    <message>
        <source>Errors / warnings</source>
        <translation>Errors / warnings</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>passed</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>not passed</translation>
    </message>
    <message>
        <source>Xinchuang share</source>
        <translation>Xinchuang share</translation>
    </message>
    <message>
        <source>Critical path (weeks)</source>
        <translation>Critical path (weeks)</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Return on investment</translation>
    </message>
    <message>
        <source>Payback in months</source>
        <translation>Payback in months</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>Capabilities</translation>
    </message>
    <message>
        <source>Click to show this option</source>
        <translation>Click to show this option</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>Recommended</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>Recommend</translation>
    </message>
    <message>
        <source>The options differ here</source>
        <translation>The options differ here</translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message>
        <source>Requirement</source>
        <translation>Requirement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Items</translation>
    </message>
    <message>
        <source>none in common</source>
        <translation>none in common</translation>
    </message>
    <message>
        <source>CPU architecture: %s · Domestic-technology share: %s</source>
        <translation>CPU architecture: %s · Domestic-technology share: %s</translation>
    </message>
    <message>
        <source>Compliance: %d failed</source>
        <translation>Compliance: %d failed</translation>
    </message>
    <message>
        <source>Compliance: passed</source>
        <translation>Compliance: passed</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Deal settings</source>
        <translation>Deal settings</translation>
    </message>
    <message>
        <source> years</source>
        <translation> years</translation>
    </message>
    <message>
        <source>In year 1, at order</source>
        <translation>In year 1, at order</translation>
    </message>
    <message>
        <source>In the year the delivery plan starts the line</source>
        <translation>In the year the delivery plan starts the line</translation>
    </message>
    <message>
        <source>The share of the yearly value realised in years 1, 2, …; the last holds after</source>
        <translation>The share of the yearly value realised in years 1, 2, …; the last holds after</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>Horizon</translation>
    </message>
    <message>
        <source>Discount rate (NPV)</source>
        <translation>Discount rate (NPV)</translation>
    </message>
    <message>
        <source>One-time costs</source>
        <translation>One-time costs</translation>
    </message>
    <message>
        <source>Benefit ramp (% per year)</source>
        <translation>Benefit ramp (% per year)</translation>
    </message>
    <message>
        <source>Yearly price change</source>
        <translation>Yearly price change</translation>
    </message>
    <message>
        <source>The solution has no priced items yet.</source>
        <translation>The solution has no priced items yet.</translation>
    </message>
    <message>
        <source>Benefit ramp: write 1 to 10 percentages from 0 to 200, separated by commas (e.g. 50, 100).</source>
        <translation>Benefit ramp: write 1 to 10 percentages from 0 to 200, separated by commas (e.g. 50, 100).</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the proposal document…</source>
        <translation>Writing the proposal document…</translation>
    </message>
    <message>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint (*.pptx)</translation>
    </message>
    <message>
        <source>Writing the briefing deck…</source>
        <translation>Writing the briefing deck…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>Export cancelled; nothing was written</translation>
    </message>
    <message>
        <source>Exported %s</source>
        <translation>Exported %s</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export failed</translation>
    </message>
    <message>
        <source>“%s” could not be written: %s</source>
        <translation>“%s” could not be written: %s</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>%s (recovered)</source>
        <translation>%s (recovered)</translation>
    </message>
    <message>
        <source>Crash recovery is off: %s cannot be written (%s)</source>
        <translation>Crash recovery is off: %s cannot be written (%s)</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>New solution</source>
        <translation>New solution</translation>
    </message>
    <message>
        <source>Cannot open solution</source>
        <translation>Cannot open solution</translation>
    </message>
    <message>
        <source>“%s” could not be read; the current solution is unchanged.</source>
        <translation>“%s” could not be read; the current solution is unchanged.</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>Cannot recover</translation>
    </message>
    <message>
        <source>The unsaved work in “%s” could not be read; the file is kept.</source>
        <translation>The unsaved work in “%s” could not be read; the file is kept.</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to %s; save them to keep them</source>
        <translation>Recovered unsaved changes to %s; save them to keep them</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>Cannot save</translation>
    </message>
    <message>
        <source>“%s” could not be written: %s</source>
        <translation>“%s” could not be written: %s</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Severity</source>
        <translation>Severity</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Where</translation>
    </message>
    <message>
        <source>error</source>
        <translation>error</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>warning</translation>
    </message>
    <message>
        <source>info</source>
        <translation>info</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Fix</translation>
    </message>
    <message>
        <source>Apply the policy to all items…</source>
        <translation>Apply the policy to all items…</translation>
    </message>
    <message>
        <source>Give every item a mode, or a provider, that the policy allows</source>
        <translation>Give every item a mode, or a provider, that the policy allows</translation>
    </message>
    <message>
        <source>Errors: %d</source>
        <translation>Errors: %d</translation>
    </message>
    <message>
        <source>Warnings: %d</source>
        <translation>Warnings: %d</translation>
    </message>
    <message>
        <source>Infos: %d</source>
        <translation>Infos: %d</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Findings</translation>
    </message>
    <message>
        <source>Findings (errors: %d · warnings: %d)</source>
        <translation>Findings (errors: %d · warnings: %d)</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>An empty solution. Start from a scenario template with File → New (%s), or add capabilities from the catalog on the left.</source>
        <translation>An empty solution. Start from a scenario template with File → New (%s), or add capabilities from the catalog on the left.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Mode</source>
        <translation>Mode</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>Quantity</translation>
    </message>
    <message>
        <source>Quantity ramp</source>
        <translation>Quantity ramp</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Discount</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>Delivered by</translation>
    </message>
    <message>
        <source>Named partner</source>
        <translation>Named partner</translation>
    </message>
    <message>
        <source>Customised</source>
        <translation>Customised</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Remove from solution</source>
        <translation>Remove from solution</translation>
    </message>
    <message>
        <source>Yearly growth</source>
        <translation>Yearly growth</translation>
    </message>
    <message>
        <source>Quantities per year</source>
        <translation>Quantities per year</translation>
    </message>
    <message>
        <source>The quantity grows by this share each year after the first</source>
        <translation>The quantity grows by this share each year after the first</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>Solution</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Customer</translation>
    </message>
    <message>
        <source>Institution type</source>
        <translation>Institution type</translation>
    </message>
    <message>
        <source>State-owned bank</source>
        <translation>State-owned bank</translation>
    </message>
    <message>
        <source>Joint-stock bank</source>
        <translation>Joint-stock bank</translation>
    </message>
    <message>
        <source>City commercial bank</source>
        <translation>City commercial bank</translation>
    </message>
    <message>
        <source>Rural bank</source>
        <translation>Rural bank</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>Insurer</translation>
    </message>
    <message>
        <source>Securities firm</source>
        <translation>Securities firm</translation>
    </message>
    <message>
        <source>Consumer finance company</source>
        <translation>Consumer finance company</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>Government</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Other</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nothing selected</translation>
    </message>
    <message>
        <source>Select an item in the graph or the bill of materials.</source>
        <translation>Select an item in the graph or the bill of materials.</translation>
    </message>
    <message>
        <source>Chosen explicitly</source>
        <translation>Chosen explicitly</translation>
    </message>
    <message>
        <source>Pulled in: %s</source>
        <translation>Pulled in: %s</translation>
    </message>
    <message>
        <source>Pulled in</source>
        <translation>Pulled in</translation>
    </message>
    <message>
        <source>As in the catalog (%s)</source>
        <translation>As in the catalog (%s)</translation>
    </message>
    <message>
        <source>Write 1 to 10 quantities separated by commas (e.g. 100, 130, 170).</source>
        <translation>Write 1 to 10 quantities separated by commas (e.g. 100, 130, 170).</translation>
    </message>
    <message>
        <source>The quantity of years 1, 2, …, separated by commas; the last holds after</source>
        <translation>The quantity of years 1, 2, …, separated by commas; the last holds after</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>The catalog does not offer this capability customised</source>
        <translation>The catalog does not offer this capability customised</translation>
    </message>
    <message>
        <source>First year: %s</source>
        <translation>First year: %s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New solution</source>
        <translation>New solution</translation>
    </message>
    <message>
        <source>Partner share %s</source>
        <translation>Partner share %s</translation>
    </message>
    <message>
        <source>First year %s</source>
        <translation>First year %s</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Untitled</translation>
    </message>
    <message>
        <source>%s[*] — Solution configurator</source>
        <translation>%s[*] — Solution configurator</translation>
    </message>
    <message>
        <source>The reloaded catalog no longer has that scenario</source>
        <translation>The reloaded catalog no longer has that scenario</translation>
    </message>
    <message>
        <source>About</source>
        <translation>About</translation>
    </message>
    <message>
        <source>Solution configurator %s
Catalog: %s %s (%d capabilities)
Prices are illustrative.</source>
        <translation>Solution configurator %s
Catalog: %s %s (%d capabilities)
Prices are illustrative.</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;New…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Save</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Save &amp;As…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;Find capability</source>
        <translation>&amp;Find capability</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Zoom &amp;in</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Zoom &amp;out</translation>
    </message>
    <message>
        <source>Actual &amp;size</source>
        <translation>Actual &amp;size</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>&amp;Fit to window</translation>
    </message>
    <message>
        <source>&amp;Tidy layout</source>
        <translation>&amp;Tidy layout</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;About</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>Years</translation>
    </message>
    <message>
        <source>Compare options</source>
        <translation>Compare options</translation>
    </message>
    <message>
        <source>Errors: %d · Warnings: %d</source>
        <translation>Errors: %d · Warnings: %d</translation>
    </message>
    <message>
        <source>Compliance: no items yet</source>
        <translation>Compliance: no items yet</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <source>Bill of materials as %s…</source>
        <translation>Bill of materials as %s…</translation>
    </message>
    <message>
        <source>Re&amp;load catalog</source>
        <translation>Re&amp;load catalog</translation>
    </message>
    <message>
        <source>Save re&amp;vision…</source>
        <translation>Save re&amp;vision…</translation>
    </message>
    <message>
        <source>Rev&amp;isions…</source>
        <translation>Rev&amp;isions…</translation>
    </message>
    <message>
        <source>Compare with revision…</source>
        <translation>Compare with revision…</translation>
    </message>
    <message>
        <source>Catalog &amp;drift…</source>
        <translation>Catalog &amp;drift…</translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation>Remo&amp;ve item</translation>
    </message>
    <message>
        <source>&amp;Deal settings…</source>
        <translation>&amp;Deal settings…</translation>
    </message>
    <message>
        <source>&amp;Compare options</source>
        <translation>&amp;Compare options</translation>
    </message>
    <message>
        <source>Proposal document (PDF)…</source>
        <translation>Proposal document (PDF)…</translation>
    </message>
    <message>
        <source>PowerPoint briefing deck…</source>
        <translation>PowerPoint briefing deck…</translation>
    </message>
    <message>
        <source>Graph picture as %s…</source>
        <translation>Graph picture as %s…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Open &amp;Recent</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Export</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalog</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>Bill of materials</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Value</translation>
    </message>
</context>
<context>
    <name>OptionsBar</name>
    <message>
        <source>New &amp;empty option</source>
        <translation>New &amp;empty option</translation>
    </message>
    <message>
        <source>New option from a &amp;scenario…</source>
        <translation>New option from a &amp;scenario…</translation>
    </message>
    <message>
        <source>&amp;Duplicate current option</source>
        <translation>&amp;Duplicate current option</translation>
    </message>
    <message>
        <source>&amp;Rename option…</source>
        <translation>&amp;Rename option…</translation>
    </message>
    <message>
        <source>De&amp;lete option</source>
        <translation>De&amp;lete option</translation>
    </message>
    <message>
        <source>Make re&amp;commended</source>
        <translation>Make re&amp;commended</translation>
    </message>
    <message>
        <source>Move lef&amp;t</source>
        <translation>Move lef&amp;t</translation>
    </message>
    <message>
        <source>Move ri&amp;ght</source>
        <translation>Move ri&amp;ght</translation>
    </message>
    <message>
        <source>&amp;Next option</source>
        <translation>&amp;Next option</translation>
    </message>
    <message>
        <source>&amp;Previous option</source>
        <translation>&amp;Previous option</translation>
    </message>
    <message>
        <source>&amp;Option</source>
        <translation>&amp;Option</translation>
    </message>
    <message>
        <source>Add an option: empty, from a scenario or a copy of the current one</source>
        <translation>Add an option: empty, from a scenario or a copy of the current one</translation>
    </message>
    <message>
        <source>Recommended option</source>
        <translation>Recommended option</translation>
    </message>
</context>
<context>
    <name>PolicyBar</name>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>Deployment</translation>
    </message>
    <message>
        <source>Xinchuang</source>
        <translation>Xinchuang</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <source>Public data up to</source>
        <translation>Public data up to</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>Go-live</translation>
    </message>
    <message>
        <source>CII operator</source>
        <translation>CII operator</translation>
    </message>
    <message>
        <source>Partner share</source>
        <translation>Partner share</translation>
    </message>
    <message>
        <source>warning </source>
        <translation>warning </translation>
    </message>
    <message>
        <source>error </source>
        <translation>error </translation>
    </message>
    <message>
        <source>A warning when partners deliver more than this share of the first-year cost</source>
        <translation>A warning when partners deliver more than this share of the first-year cost</translation>
    </message>
    <message>
        <source>An error when partners deliver more than this share of the first-year cost</source>
        <translation>An error when partners deliver more than this share of the first-year cost</translation>
    </message>
    <message>
        <source>The most sensitive data class allowed on public cloud or SaaS</source>
        <translation>The most sensitive data class allowed on public cloud or SaaS</translation>
    </message>
    <message>
        <source>The customer operates critical information infrastructure</source>
        <translation>The customer operates critical information infrastructure</translation>
    </message>
    <message>
        <source>Target go-live date; the earliest date means none</source>
        <translation>Target go-live date; the earliest date means none</translation>
    </message>
</context>
<context>
    <name>ReloadBanner</name>
    <message>
        <source>The catalog&apos;s files changed on disk.</source>
        <translation>The catalog&apos;s files changed on disk.</translation>
    </message>
    <message>
        <source>Reload catalog</source>
        <translation>Reload catalog</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>Ignore</translation>
    </message>
</context>
<context>
    <name>ScenarioGallery</name>
    <message>
        <source>New solution</source>
        <translation>New solution</translation>
    </message>
    <message>
        <source>Empty solution</source>
        <translation>Empty solution</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>Create</translation>
    </message>
    <message>
        <source>Start with no items and add capabilities from the catalog.</source>
        <translation>Start with no items and add capabilities from the catalog.</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Required</translation>
    </message>
    <message>
        <source>Often added</source>
        <translation>Often added</translation>
    </message>
    <message>
        <source>Suggested policy</source>
        <translation>Suggested policy</translation>
    </message>
</context>
<context>
    <name>ValuePanel</name>
    <message>
        <source>The catalog has no value drivers for this solution.</source>
        <translation>The catalog has no value drivers for this solution.</translation>
    </message>
    <message>
        <source>Plausible range %s to %s; default %s</source>
        <translation>Plausible range %s to %s; default %s</translation>
    </message>
    <message>
        <source> per year</source>
        <translation> per year</translation>
    </message>
    <message>
        <source>Annual benefit</source>
        <translation>Annual benefit</translation>
    </message>
    <message>
        <source>First-year cost</source>
        <translation>First-year cost</translation>
    </message>
    <message>
        <source>Cost over years 1–%d</source>
        <translation>Cost over years 1–%d</translation>
    </message>
    <message>
        <source>Net benefit over years 1–%d</source>
        <translation>Net benefit over years 1–%d</translation>
    </message>
    <message>
        <source>Net present value at %s</source>
        <translation>Net present value at %s</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>Benefit</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Cost</translation>
    </message>
    <message>
        <source>Net cash flow</source>
        <translation>Net cash flow</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Expected case by year</source>
        <translation>Expected case by year</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>Return on investment</translation>
    </message>
    <message>
        <source>Payback in months</source>
        <translation>Payback in months</translation>
    </message>
</context>
<context>
    <name>YearsPanel</name>
    <message>
        <source>Per year</source>
        <translation>Per year</translation>
    </message>
    <message>
        <source>Per line</source>
        <translation>Per line</translation>
    </message>
    <message>
        <source>Over %d years: TCO %s · NPV at %s: %s</source>
        <translation>Over %d years: TCO %s · NPV at %s: %s</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>One-time</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>Recurring</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>Cumulative</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Vendor</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <source>Year %d</source>
        <translation>Year %d</translation>
    </message>
    <message>
        <source>%d-year TCO</source>
        <translation>%d-year TCO</translation>
    </message>
    <message>
        <source>NPV at %s</source>
        <translation>NPV at %s</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Capability</translation>
    </message>
</context>
</TS>
