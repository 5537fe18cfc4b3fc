<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>(hint: {hint})</source>
        <translation>（提示：{hint}）</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>infos</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>变更</translation>
    </message>
    <message>
        <source>partner type</source>
        <translation>合作伙伴类型</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Catalog changes</source>
        <translation>目录变更</translation>
    </message>
    <message>
        <source>Old price</source>
        <translation>原价</translation>
    </message>
    <message>
        <source>New price</source>
        <translation>新价</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>变化</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>没有变更。</translation>
    </message>
    <message>
        <source>a capability or interface</source>
        <translation>能力或接口</translation>
    </message>
    <message>
        <source>a capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>an interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>&apos;vendor&apos; or a partner type</source>
        <translation>“vendor”或合作伙伴类型</translation>
    </message>
    <message>
        <source>a partner type</source>
        <translation>合作伙伴类型</translation>
    </message>
    <message>
        <source>a category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>value driver</source>
        <translation>价值驱动因素</translation>
    </message>
    <message>
        <source>interface</source>
        <translation>接口</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>no capability matches</source>
        <translation>没有匹配的能力</translation>
    </message>
    <message>
        <source>scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>names category</source>
        <translation>的类别指向</translation>
    </message>
    <message>
        <source>names provider</source>
        <translation>的提供方指向</translation>
    </message>
    <message>
        <source>requires</source>
        <translation>需要</translation>
    </message>
    <message>
        <source>recommends</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>conflicts with</source>
        <translation>的冲突项指向</translation>
    </message>
    <message>
        <source>provides</source>
        <translation>提供</translation>
    </message>
    <message>
        <source>names default</source>
        <translation>的默认实现指向</translation>
    </message>
    <message>
        <source>names partner type</source>
        <translation>的合作伙伴类型指向</translation>
    </message>
    <message>
        <source>lists</source>
        <translation>列出了</translation>
    </message>
    <message>
        <source>English</source>
        <translation>英文</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>中文</translation>
    </message>
    <message>
        <source>cannot be parsed: {detail}</source>
        <translation>无法解析：{detail}</translation>
    </message>
    <message>
        <source>uses &apos;{detail}&apos;; only numbers, inputs, + - * /, parentheses, min and max are allowed</source>
        <translation>使用了“{detail}”；只允许使用数字、输入项、+ - * /、括号、min 和 max</translation>
    </message>
    <message>
        <source>is too long: {detail}</source>
        <translation>过长：{detail}</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>不存在</translation>
    </message>
    <message>
        <source>is not a directory</source>
        <translation>不是文件夹</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>无法读取：{reason}</translation>
    </message>
    <message>
        <source>it is a loop of symbolic links</source>
        <translation>它是符号链接的循环</translation>
    </message>
    <message>
        <source>it links outside the catalog</source>
        <translation>它链接到目录之外</translation>
    </message>
    <message>
        <source>it is a directory, not a file</source>
        <translation>这是文件夹，不是文件</translation>
    </message>
    <message>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <source>YAML syntax error: {problem}</source>
        <translation>YAML 语法错误：{problem}</translation>
    </message>
    <message>
        <source>duplicate key &apos;{key}&apos; (first defined at line {first_line})</source>
        <translation>键“{key}”重复（首次定义于第 {first_line} 行）</translation>
    </message>
    <message>
        <source>tag &apos;{tag}&apos; is not allowed; only plain YAML data is accepted</source>
        <translation>不允许使用标签“{tag}”；只接受普通 YAML 数据</translation>
    </message>
    <message>
        <source>aliases expand to {size} nodes (limit {limit}); refusing a possible alias bomb</source>
        <translation>别名展开后有 {size} 个节点（上限 {limit}）；疑似别名炸弹，拒绝处理</translation>
    </message>
    <message>
        <source>file is {size} bytes, more than the limit of {limit} bytes</source>
        <translation>文件大小为 {size} 字节，超过 {limit} 字节的上限</translation>
    </message>
    <message>
        <source>file is not valid UTF-8 (byte 0x{byte:02x} at offset {offset})</source>
        <translation>文件不是有效的 UTF-8 编码（偏移量 {offset} 处的字节为 0x{byte:02x}）</translation>
    </message>
    <message>
        <source>data is nested more than {limit} levels deep</source>
        <translation>数据嵌套超过 {limit} 层</translation>
    </message>
    <message>
        <source>file holds no data</source>
        <translation>文件中没有数据</translation>
    </message>
    <message>
        <source>mapping key must be a plain scalar, found {found}</source>
        <translation>映射的键必须是普通标量，实际为{found}</translation>
    </message>
    <message>
        <source>cannot read file: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>an alias refers to a node that contains itself</source>
        <translation>别名引用了包含其自身的节点</translation>
    </message>
    <message>
        <source>value does not fit its tag {tag}: {problem}</source>
        <translation>值与其标签 {tag} 不符：{problem}</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is ignored: catalog files must end in .yaml</source>
        <translation>已忽略“{name}”：目录文件必须以 .yaml 结尾</translation>
    </message>
    <message>
        <source>catalog directory &apos;{path}&apos; {problem}</source>
        <translation>目录文件夹“{path}”{problem}</translation>
    </message>
    <message>
        <source>catalog has no catalog.yaml at its root</source>
        <translation>目录的根文件夹中没有 catalog.yaml</translation>
    </message>
    <message>
        <source>{path}: required key &apos;{key}&apos; is missing</source>
        <translation>{path}：缺少必需的键“{key}”</translation>
    </message>
    <message>
        <source>{path}: unknown key &apos;{key}&apos;</source>
        <translation>{path}：未知的键“{key}”</translation>
    </message>
    <message>
        <source>{path}: expected {expected}, found {found}</source>
        <translation>{path}：应为{expected}，实际为{found}</translation>
    </message>
    <message>
        <source>{path}: {found} is not allowed; expected one of {allowed}</source>
        <translation>{path}：不允许使用{found}；应为以下之一：{allowed}</translation>
    </message>
    <message>
        <source>{path}: {found} is {problem}</source>
        <translation>{path}：{found} {problem}</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}：{problem}</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; belongs in {root_file}</source>
        <translation>“{key}”应写在 {root_file} 中</translation>
    </message>
    <message>
        <source>{path}: id &apos;{id}&apos; is not kebab-case (lowercase letters, digits and single hyphens)</source>
        <translation>{path}：id“{id}”不符合 kebab-case 格式（只能使用小写字母、数字和单个连字符）</translation>
    </message>
    <message>
        <source>{kind} &apos;{subject}&apos; {field} unknown id &apos;{ref}&apos;</source>
        <translation>{kind}“{subject}”{field}未知的 id“{ref}”</translation>
    </message>
    <message>
        <source>requires cycle: {cycle}; edges: {edges}</source>
        <translation>requires 依赖形成循环：{cycle}；涉及的边：{edges}</translation>
    </message>
    <message>
        <source>capability &apos;{subject}&apos; has Xinchuang level &apos;{level}&apos; but lists no CPU architectures</source>
        <translation>能力“{subject}”的信创级别为“{level}”，但未列出任何 CPU 架构</translation>
    </message>
    <message>
        <source>id &apos;{id}&apos; is defined twice: here and at {first}</source>
        <translation>id“{id}”重复定义：此处和 {first}</translation>
    </message>
    <message>
        <source>{kind} &apos;{subject}&apos; {field} &apos;{ref}&apos;, which is {actual}, not {expected}</source>
        <translation>{kind}“{subject}”{field}“{ref}”，但它是{actual}，而不是{expected}</translation>
    </message>
    <message>
        <source>interface &apos;{subject}&apos; is provided by no capability</source>
        <translation>没有任何能力提供接口“{subject}”</translation>
    </message>
    <message>
        <source>interface &apos;{subject}&apos; names default &apos;{default}&apos;, which does not provide it</source>
        <translation>接口“{subject}”的默认实现为“{default}”，但后者并不提供该接口</translation>
    </message>
    <message>
        <source>scenario &apos;{subject}&apos; requires &apos;{a}&apos; and &apos;{b}&apos;, which conflict</source>
        <translation>场景“{subject}”同时需要“{a}”和“{b}”，而二者互相冲突</translation>
    </message>
    <message>
        <source>partner type &apos;{subject}&apos; is used by no capability and no partner</source>
        <translation>合作伙伴类型“{subject}”未被任何能力或合作伙伴使用</translation>
    </message>
    <message>
        <source>{path} has no {language} text</source>
        <translation>{path} 缺少{language}文本</translation>
    </message>
    <message>
        <source>{path} has no {language} text; a name is required in both languages</source>
        <translation>{path} 缺少{language}文本；名称必须同时提供两种语言</translation>
    </message>
    <message>
        <source>scenario &apos;{subject}&apos; lists &apos;{ref}&apos; as both required and optional</source>
        <translation>场景“{subject}”将“{ref}”同时列为必选项和可选项</translation>
    </message>
    <message>
        <source>scenario &apos;{subject}&apos; sets a quantity for &apos;{ref}&apos; in mode {mode}, which is not a required item in that mode</source>
        <translation>场景“{subject}”为“{ref}”设置了 {mode} 模式下的数量，但它不是该模式下的必选项</translation>
    </message>
    <message>
        <source>{kind} &apos;{subject}&apos; uses unit &apos;{unit}&apos;, which the units of catalog.yaml do not name; it shows as written</source>
        <translation>{kind}“{subject}”使用的单位“{unit}”未在 catalog.yaml 的 units 中声明，将按原文显示</translation>
    </message>
    <message>
        <source>capability &apos;{subject}&apos; prices mode {mode} by &apos;{price_model}&apos;, which is neither a built-in price model nor one that catalog.yaml declares</source>
        <translation>能力“{subject}”的 {mode} 模式使用计价模型“{price_model}”，它既不是内置计价模型，也未在 catalog.yaml 中声明</translation>
    </message>
    <message>
        <source>capability &apos;{subject}&apos; sets maintenance on mode {mode}, billed {billing}; only once-billed modes are maintained</source>
        <translation>能力“{subject}”在计费方式为 {billing} 的 {mode} 模式上设置了维保；只有一次性计费的模式才计维保</translation>
    </message>
    <message>
        <source>defaults.maintenance names price model &apos;{price_model}&apos;, which is neither built in nor declared</source>
        <translation>defaults.maintenance 列出的计价模式“{price_model}”既非内置也未声明</translation>
    </message>
    <message>
        <source>value driver &apos;{subject}&apos;: the formula {problem}</source>
        <translation>价值驱动因素“{subject}”：公式{problem}</translation>
    </message>
    <message>
        <source>value driver &apos;{subject}&apos;: the formula uses &apos;{name}&apos;, which is not one of its inputs ({inputs})</source>
        <translation>价值驱动因素“{subject}”：公式使用了“{name}”，但它不是该因素的输入项（{inputs}）</translation>
    </message>
    <message>
        <source>value driver &apos;{subject}&apos;: input &apos;{input}&apos; has default {default} outside its range {low} to {high}</source>
        <translation>价值驱动因素“{subject}”：输入项“{input}”的默认值 {default} 超出其范围 {low} 至 {high}</translation>
    </message>
    <message>
        <source>partner_share warn threshold {warn} is above the error threshold {error}</source>
        <translation>partner_share 的警告阈值 {warn} 高于错误阈值 {error}</translation>
    </message>
    <message>
        <source>capability &apos;{subject}&apos; is not in catalog {catalog}; the item is kept as written</source>
        <translation>能力“{subject}”不在目录 {catalog} 中；该条目按原样保留</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; has quantity {quantity}; it must be above 0</source>
        <translation>“{subject}”的数量为 {quantity}；数量必须大于 0</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; has discount {discount}; it must be at least 0 and below 1</source>
        <translation>“{subject}”的折扣为 {discount}；折扣必须大于等于 0 且小于 1</translation>
    </message>
    <message>
        <source>capability &apos;{subject}&apos; is listed more than once; only the first item counts</source>
        <translation>能力“{subject}”被列出多次；只有第一条有效</translation>
    </message>
    <message>
        <source>solution was made for catalog {wanted_id} {wanted_version}, but catalog {id} {version} is loaded</source>
        <translation>方案基于目录 {wanted_id} {wanted_version} 制作，但当前加载的是目录 {id} {version}</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; names unknown partner &apos;{partner}&apos;</source>
        <translation>“{subject}”指定了未知的合作伙伴“{partner}”</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is delivered by unknown partner type &apos;{delivered_by}&apos;</source>
        <translation>“{subject}”的交付方是未知的合作伙伴类型“{delivered_by}”</translation>
    </message>
    <message>
        <source>scenario &apos;{scenario}&apos; is not in the catalog</source>
        <translation>目录中没有场景“{scenario}”</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is marked customised, but the catalog does not offer it customised</source>
        <translation>“{subject}”被标记为定制，但目录不提供该能力的定制版本</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; has quantity {quantity}, but its ramp starts at {first}; year 1 uses {quantity}</source>
        <translation>“{subject}”的数量为 {quantity}，但其爬坡从 {first} 开始；第 1 年按 {quantity} 计</translation>
    </message>
    <message>
        <source>option name &apos;{name}&apos; is used more than once; --option and &apos;recommended&apos; find the first</source>
        <translation>方案名称“{name}”重复出现；--option 与 recommended 只会找到第一个</translation>
    </message>
    <message>
        <source>&apos;recommended&apos; names &apos;{name}&apos;, which is no option of the deal; none is recommended</source>
        <translation>recommended 指定的“{name}”不是本交易的方案；当前没有推荐方案</translation>
    </message>
    <message>
        <source>revision number {number} is used more than once; only the first counts</source>
        <translation>修订号 {number} 出现了多次，只有第一个有效</translation>
    </message>
    <message>
        <source>solution was priced on catalog {catalog} ({old}); the loaded catalog of that version has other content ({new})</source>
        <translation>方案按目录 {catalog}（{old}）报价；已加载的同版本目录内容不同（{new}）</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; ({mode}) was priced at {old} on catalog {catalog}; the loaded catalog asks {new} ({change})</source>
        <translation>“{subject}”（{mode}）在目录 {catalog} 中报价 {old}；已加载的目录报价 {new}（{change}）</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; was in catalog {catalog}; the loaded catalog no longer has it</source>
        <translation>“{subject}”在目录 {catalog} 中；已加载的目录已不再包含它</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; was in catalog {catalog}; the loaded catalog has it as &apos;{new}&apos;</source>
        <translation>“{subject}”在目录 {catalog} 中；已加载的目录中它名为“{new}”</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos;: {field} was {old} on catalog {catalog}; the loaded catalog says {new}</source>
        <translation>“{subject}”：{field} 在目录 {catalog} 中为 {old}；已加载的目录为 {new}</translation>
    </message>
    <message>
        <source>on the loaded catalog, resolving the dependencies would add (+) or drop (−): {changes}</source>
        <translation>在已加载的目录上，解析依赖将增加（+）或去掉（−）：{changes}</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; ({mode}) keeps list price {old} of catalog {catalog}; the loaded catalog asks {new}</source>
        <translation>“{subject}”（{mode}）沿用目录 {catalog} 的目录价 {old}；已加载的目录报价 {new}</translation>
    </message>
    <message>
        <source>solution was priced on catalog {catalog}, and no revision keeps it: what changed in prices cannot be shown</source>
        <translation>方案按目录 {catalog} 报价，且没有修订保存该目录：无法显示价格的变化</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; requires &apos;{requirement}&apos;, which is not in the solution</source>
        <translation>“{subject}”依赖“{requirement}”，但方案中没有该项</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; recommends &apos;{requirement}&apos;, which is not in the solution</source>
        <translation>“{subject}”推荐搭配“{requirement}”，但方案中没有该项</translation>
    </message>
    <message>
        <source>no provider of &apos;{requirement}&apos; (required by &apos;{subject}&apos;) fits: {reasons}</source>
        <translation>“{requirement}”（“{subject}”所需）没有合适的提供方：{reasons}</translation>
    </message>
    <message>
        <source>items require each other in a cycle: {cycle}</source>
        <translation>条目之间存在循环依赖：{cycle}</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; conflicts with &apos;{other}&apos;; they cannot be in one solution</source>
        <translation>“{subject}”与“{other}”冲突；二者不能出现在同一方案中</translation>
    </message>
    <message>
        <source>scenario &apos;{scenario}&apos; requires &apos;{subject}&apos;, which is not in the solution</source>
        <translation>场景“{scenario}”需要“{subject}”，但方案中没有该项</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is not offered in mode {mode}; it offers {offered}</source>
        <translation>“{subject}”不提供 {mode} 模式；可用模式：{offered}</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; runs in mode {mode}, which a {deployment} deployment does not allow</source>
        <translation>“{subject}”以 {mode} 模式运行，而{deployment}部署不允许该模式</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; runs in mode {mode}, but the site is air-gapped: only private (PRV) deployments work</source>
        <translation>“{subject}”以 {mode} 模式运行，但现场为物理隔离环境：只能采用私有化（PRV）部署</translation>
    </message>
    <message>
        <source>private &apos;{subject}&apos; depends on public &apos;{target}&apos;, but the policy allows dedicated lines only and the solution has none</source>
        <translation>私有部署的“{subject}”依赖公有云上的“{target}”，但策略只允许专线连接，而方案中没有专线</translation>
    </message>
    <message>
        <source>public &apos;{subject}&apos; calls private &apos;{target}&apos; without {role} in front</source>
        <translation>公有云上的“{subject}”调用私有部署的“{target}”，但前面没有 {role}</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; processes {data_class} data, but mode {mode} is public and the policy allows at most {allowed} there</source>
        <translation>“{subject}”处理 {data_class} 级数据，但 {mode} 模式属于公有云，而策略在公有云上最多只允许 {allowed} 级数据</translation>
    </message>
    <message>
        <source>core-banking &apos;{subject}&apos; cannot run on multi-tenant public cloud (mode {mode})</source>
        <translation>核心银行系统“{subject}”不能运行在多租户公有云上（{mode} 模式）</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; runs on premises ({mode}) with Xinchuang level &apos;{found}&apos;; the {level} policy needs {required}</source>
        <translation>“{subject}”本地部署（{mode}），信创级别为“{found}”；{level}信创策略要求{required}</translation>
    </message>
    <message>
        <source>private-zone items share no CPU architecture ({architectures}): {blockers}</source>
        <translation>私有区的条目没有共同的 CPU 架构（{architectures}）：{blockers}</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is foreign technology, against the {level} Xinchuang policy</source>
        <translation>“{subject}”属于国外技术，不符合 {level} 信创策略</translation>
    </message>
    <message>
        <source>a core Xinchuang policy needs {missing} on the solution</source>
        <translation>核心系统信创策略要求方案包含{missing}</translation>
    </message>
    <message>
        <source>the customer operates critical information infrastructure: foreign or public-cloud components ({items}) may need a cybersecurity review</source>
        <translation>客户为关键信息基础设施运营者：境外或公有云组件（{items}）可能需要网络安全审查</translation>
    </message>
    <message>
        <source>the critical path needs {weeks} weeks, but go-live ({go_live}) is in {left} weeks: {chain}</source>
        <translation>关键路径需要 {weeks} 周，但距上线日期（{go_live}）只剩 {left} 周：{chain}</translation>
    </message>
    <message>
        <source>scenario &apos;{subject}&apos; has no quantified value driver; add one so the customer sees the benefit</source>
        <translation>场景“{subject}”没有量化的价值驱动因素；请添加一个，让客户看到收益</translation>
    </message>
    <message>
        <source>value driver &apos;{subject}&apos;: input &apos;{input}&apos; is {value}, outside its plausible range {low} to {high}</source>
        <translation>价值驱动因素“{subject}”：输入项“{input}”为 {value}，超出其合理范围 {low} 至 {high}</translation>
    </message>
    <message>
        <source>the expected case does not pay back within the deal&apos;s {years} years; consider phasing</source>
        <translation>预期情形在本交易的 {years} 年期限内无法回收投资；建议分期实施</translation>
    </message>
    <message>
        <source>the value section sets &apos;{input}&apos; of &apos;{subject}&apos;, which the catalog does not define; it is kept</source>
        <translation>价值部分设置了“{subject}”的“{input}”，但目录中没有定义该项；已原样保留</translation>
    </message>
    <message>
        <source>partner-delivered share is {share_pct} of first-year value, above the {level} threshold of {threshold_pct}</source>
        <translation>合作伙伴交付部分占首年金额的 {share_pct}，超过{level}阈值 {threshold_pct}</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is customised, but no delivery partner delivers any line of the solution</source>
        <translation>“{subject}”为定制项，但方案中没有任何一行由交付合作伙伴交付</translation>
    </message>
    <message>
        <source>&apos;{subject}&apos; is delivered by &apos;{delivered_by}&apos;, but partner &apos;{partner}&apos; is not of that type</source>
        <translation>“{subject}”的交付方为“{delivered_by}”，但合作伙伴“{partner}”不属于该类型</translation>
    </message>
    <message>
        <source>did you mean &apos;{suggestion}&apos;?</source>
        <translation>是否应为“{suggestion}”？</translation>
    </message>
    <message>
        <source>allowed keys: {allowed}</source>
        <translation>允许的键：{allowed}</translation>
    </message>
    <message>
        <source>put the value in quotes so that it stays text</source>
        <translation>请给该值加上引号，使其保持为文本</translation>
    </message>
    <message>
        <source>split the file into smaller files</source>
        <translation>请将文件拆分为多个较小的文件</translation>
    </message>
    <message>
        <source>rename it to &apos;{suggestion}&apos;</source>
        <translation>请将其重命名为“{suggestion}”</translation>
    </message>
    <message>
        <source>create catalog.yaml with format, id, version, name, currency and categories</source>
        <translation>请创建 catalog.yaml，并写入 format、id、version、name、currency 和 categories</translation>
    </message>
    <message>
        <source>add &apos;{subject}&apos; to the `provides` list of a capability</source>
        <translation>请将“{subject}”加入某个能力的 `provides` 列表</translation>
    </message>
    <message>
        <source>move it to catalog.yaml</source>
        <translation>请将其移到 catalog.yaml</translation>
    </message>
    <message>
        <source>keep one of them in `required` and move the other to `optional`</source>
        <translation>请在 `required` 中保留其中一项，并将另一项移到 `optional`</translation>
    </message>
    <message>
        <source>add &apos;{suggestion}&apos;</source>
        <translation>添加“{suggestion}”</translation>
    </message>
    <message>
        <source>switch to mode {suggestion}</source>
        <translation>切换到 {suggestion} 模式</translation>
    </message>
    <message>
        <source>remove &apos;{subject}&apos; or &apos;{other}&apos;</source>
        <translation>移除“{subject}”或“{other}”</translation>
    </message>
    <message>
        <source>let a delivery partner deliver this line, or add a delivery service</source>
        <translation>请改由交付合作伙伴交付此行，或添加交付服务</translation>
    </message>
    <message>
        <source>fix the catalog, or remove the item</source>
        <translation>请修正目录，或移除该条目</translation>
    </message>
    <message>
        <source>get approval for an all-in project, or let a partner be the prime contractor</source>
        <translation>请为整体打包项目申请审批，或改由合作伙伴担任总包方</translation>
    </message>
    <message>
        <source>compliant alternatives: {choices}</source>
        <translation>合规的替代方案：{choices}</translation>
    </message>
    <message>
        <source>public</source>
        <translation>公有云</translation>
    </message>
    <message>
        <source>private</source>
        <translation>私有云</translation>
    </message>
    <message>
        <source>hybrid</source>
        <translation>混合云</translation>
    </message>
    <message>
        <source>office</source>
        <translation>办公系统</translation>
    </message>
    <message>
        <source>Public cloud</source>
        <translation>公有云</translation>
    </message>
    <message>
        <source>Private cloud</source>
        <translation>私有云</translation>
    </message>
    <message>
        <source>Hybrid cloud</source>
        <translation>混合云</translation>
    </message>
    <message>
        <source>No requirement</source>
        <translation>无要求</translation>
    </message>
    <message>
        <source>Office systems</source>
        <translation>办公系统</translation>
    </message>
    <message>
        <source>General systems</source>
        <translation>一般系统</translation>
    </message>
    <message>
        <source>Core systems</source>
        <translation>核心系统</translation>
    </message>
    <message>
        <source>Internet allowed</source>
        <translation>允许互联网</translation>
    </message>
    <message>
        <source>Dedicated line only</source>
        <translation>仅限专线</translation>
    </message>
    <message>
        <source>Air-gapped</source>
        <translation>物理隔离</translation>
    </message>
    <message>
        <source>general</source>
        <translation>一般业务系统</translation>
    </message>
    <message>
        <source>core</source>
        <translation>核心系统</translation>
    </message>
    <message>
        <source>an API gateway</source>
        <translation>API 网关</translation>
    </message>
    <message>
        <source>a web application firewall</source>
        <translation>Web 应用防火墙（WAF）</translation>
    </message>
    <message>
        <source>an HSM with SM2/SM3/SM4 cryptography</source>
        <translation>支持 SM2/SM3/SM4 国密算法的密码机（HSM）</translation>
    </message>
    <message>
        <source>a commercial-cryptography assessment</source>
        <translation>商用密码应用安全性评估（密评）</translation>
    </message>
    <message>
        <source>switch &apos;{target}&apos; to {value}</source>
        <translation>将“{target}”切换为 {value}</translation>
    </message>
    <message>
        <source>replace &apos;{target}&apos; with &apos;{value}&apos;</source>
        <translation>将“{target}”替换为“{value}”</translation>
    </message>
    <message>
        <source>add &apos;{target}&apos;</source>
        <translation>添加“{target}”</translation>
    </message>
    <message>
        <source>{architecture} lacks {items}</source>
        <translation>{items} 缺少 {architecture} 版本</translation>
    </message>
    <message>
        <source>remove &apos;{target}&apos;</source>
        <translation>移除“{target}”</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>（顶层）</translation>
    </message>
    <message>
        <source>an empty value</source>
        <translation>空值</translation>
    </message>
    <message>
        <source>boolean {value}</source>
        <translation>布尔值 {value}</translation>
    </message>
    <message>
        <source>number {value}</source>
        <translation>数字 {value}</translation>
    </message>
    <message>
        <source>text &apos;{value}&apos;</source>
        <translation>文本“{value}”</translation>
    </message>
    <message>
        <source>a mapping</source>
        <translation>映射</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>列表</translation>
    </message>
    <message>
        <source>date {value}</source>
        <translation>日期 {value}</translation>
    </message>
    <message>
        <source>a value of type {value}</source>
        <translation>{value} 类型的值</translation>
    </message>
    <message>
        <source>text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>数字</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 或 false</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first}或{second}</translation>
    </message>
    <message>
        <source>below the minimum {bound}</source>
        <translation>低于最小值 {bound}</translation>
    </message>
    <message>
        <source>above the maximum {bound}</source>
        <translation>高于最大值 {bound}</translation>
    </message>
    <message>
        <source>not above {bound}</source>
        <translation>不大于 {bound}</translation>
    </message>
    <message>
        <source>not below {bound}</source>
        <translation>不小于 {bound}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>不能为空</translation>
    </message>
    <message>
        <source>lists {values} more than once</source>
        <translation>重复列出了 {values}</translation>
    </message>
    <message>
        <source>{found} does not match the pattern {pattern}</source>
        <translation>{found}不符合模式 {pattern}</translation>
    </message>
    <message>
        <source>it is a directory</source>
        <translation>这是一个文件夹</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a calendar date</source>
        <translation>“{value}”不是有效的日期</translation>
    </message>
    <message>
        <source>&apos;{candidate}&apos; conflicts with &apos;{detail}&apos;</source>
        <translation>“{candidate}”与“{detail}”冲突</translation>
    </message>
    <message>
        <source>&apos;{candidate}&apos; is foreign technology, barred by the Xinchuang policy</source>
        <translation>“{candidate}”属于国外技术，被信创策略禁止</translation>
    </message>
    <message>
        <source>&apos;{candidate}&apos; has Xinchuang level &apos;{detail}&apos;, too low for the policy</source>
        <translation>“{candidate}”的信创级别为“{detail}”，低于策略要求</translation>
    </message>
    <message>
        <source>&apos;{candidate}&apos; offers only {detail}, which the policy does not allow</source>
        <translation>“{candidate}”只提供 {detail}，而策略不允许</translation>
    </message>
    <message>
        <source>the catalog has no provider</source>
        <translation>目录中没有提供方</translation>
    </message>
    <message>
        <source>a !!seq must be a sequence</source>
        <translation>!!seq 必须是序列</translation>
    </message>
    <message>
        <source>a !!map must be a mapping</source>
        <translation>!!map 必须是映射</translation>
    </message>
    <message>
        <source>a sequence</source>
        <translation>序列</translation>
    </message>
    <message>
        <source>a merge of a non-mapping</source>
        <translation>对非映射的合并</translation>
    </message>
    <message>
        <source>not a number</source>
        <translation>不是数字</translation>
    </message>
    <message>
        <source>not a finite number</source>
        <translation>不是有限数值</translation>
    </message>
    <message>
        <source>too large to compute with</source>
        <translation>过大，无法计算</translation>
    </message>
    <message>
        <source>it is not a regular file</source>
        <translation>这不是普通文件</translation>
    </message>
    <message>
        <source>Public cloud zone</source>
        <translation>公有云区</translation>
    </message>
    <message>
        <source>Private zone</source>
        <translation>私有区</translation>
    </message>
    <message>
        <source>Hybrid zone</source>
        <translation>混合区</translation>
    </message>
    <message>
        <source>Chosen explicitly (solid)</source>
        <translation>手动选择（实线）</translation>
    </message>
    <message>
        <source>Pulled in as a dependency (dashed)</source>
        <translation>作为依赖自动引入（虚线）</translation>
    </message>
    <message>
        <source>Has errors</source>
        <translation>有错误</translation>
    </message>
    <message>
        <source>Has warnings</source>
        <translation>有警告</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
    <message>
        <source>not required</source>
        <translation>不要求</translation>
    </message>
    <message>
        <source>NOT VALIDATED</source>
        <translation>未通过校验</translation>
    </message>
    <message>
        <source>Solution proposal and bill of materials</source>
        <translation>解决方案建议书及物料清单</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>场景</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>编制人</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>List prices in %s from the catalog; sample catalogs carry illustrative prices.</source>
        <translation>目录价以 %s 计；示例目录中的价格仅作示意。</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>一次性费用</translation>
    </message>
    <message>
        <source>Monthly</source>
        <translation>月费</translation>
    </message>
    <message>
        <source>Yearly</source>
        <translation>年费</translation>
    </message>
    <message>
        <source>First year</source>
        <translation>首年费用</translation>
    </message>
    <message>
        <source>Vendor, first year</source>
        <translation>厂商首年费用</translation>
    </message>
    <message>
        <source>Partners, first year</source>
        <translation>合作伙伴首年费用</translation>
    </message>
    <message>
        <source>Partner share</source>
        <translation>合作伙伴占比</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署方式</translation>
    </message>
    <message>
        <source>Xinchuang level</source>
        <translation>信创级别</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Option {}</source>
        <translation>方案 {}</translation>
    </message>
    <message>
        <source>Yearly run cost</source>
        <translation>年运行费用</translation>
    </message>
    <message>
        <source>TCO over {years} years</source>
        <translation>{years} 年总拥有成本</translation>
    </message>
    <message>
        <source>Net present value</source>
        <translation>净现值</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Xinchuang share</source>
        <translation>信创占比</translation>
    </message>
    <message>
        <source>Critical path (weeks)</source>
        <translation>关键路径（周）</translation>
    </message>
    <message>
        <source>Payback (months)</source>
        <translation>回收期（月）</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>low</source>
        <translation>保守</translation>
    </message>
    <message>
        <source>expected</source>
        <translation>预期</translation>
    </message>
    <message>
        <source>high</source>
        <translation>乐观</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <source>Payback in months</source>
        <translation>回收期（月）</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>取值</translation>
    </message>
    <message>
        <source>Plausible range</source>
        <translation>合理范围</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Capability id</source>
        <translation>能力编号</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Billing</source>
        <translation>计费方式</translation>
    </message>
    <message>
        <source>List price</source>
        <translation>目录价</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>交付方</translation>
    </message>
    <message>
        <source>Partner-delivered</source>
        <translation>合作伙伴交付</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Required by</source>
        <translation>被依赖于</translation>
    </message>
    <message>
        <source>Lead weeks</source>
        <translation>交付周数</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>小计</translation>
    </message>
    <message>
        <source>Public cloud (PUB, SAAS)</source>
        <translation>公有云（PUB、SAAS）</translation>
    </message>
    <message>
        <source>Private (PRV)</source>
        <translation>私有化（PRV）</translation>
    </message>
    <message>
        <source>Hybrid (HYB)</source>
        <translation>混合（HYB）</translation>
    </message>
    <message>
        <source>Zone</source>
        <translation>区域</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>and %d more</source>
        <translation>等另外 %d 项</translation>
    </message>
    <message>
        <source>Deployment modes</source>
        <translation>部署模式</translation>
    </message>
    <message>
        <source>Network policy</source>
        <translation>网络策略</translation>
    </message>
    <message>
        <source>Data class on public cloud</source>
        <translation>公有云数据等级</translation>
    </message>
    <message>
        <source>Core banking not on shared cloud</source>
        <translation>核心银行系统不上共享云</translation>
    </message>
    <message>
        <source>Domestic variants</source>
        <translation>国产化版本</translation>
    </message>
    <message>
        <source>One CPU architecture</source>
        <translation>统一 CPU 架构</translation>
    </message>
    <message>
        <source>No foreign technology</source>
        <translation>无国外技术</translation>
    </message>
    <message>
        <source>SM cryptography</source>
        <translation>国密算法</translation>
    </message>
    <message>
        <source>Cybersecurity review</source>
        <translation>网络安全审查</translation>
    </message>
    <message>
        <source>Go-live date</source>
        <translation>上线日期</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>check</source>
        <translation>待核查</translation>
    </message>
    <message>
        <source>once</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>按月</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>usage</source>
        <translation>按量</translation>
    </message>
    <message>
        <source>chosen</source>
        <translation>选定</translation>
    </message>
    <message>
        <source>dependency</source>
        <translation>依赖引入</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Items concerned</source>
        <translation>涉及条目</translation>
    </message>
    <message>
        <source>certified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>adapted</source>
        <translation>已适配</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>In scope</source>
        <translation>范围内</translation>
    </message>
    <message>
        <source>Xinchuang</source>
        <translation>信创</translation>
    </message>
    <message>
        <source>Architectures</source>
        <translation>架构</translation>
    </message>
    <message>
        <source>Delivery plan</source>
        <translation>交付计划</translation>
    </message>
    <message>
        <source>Weeks from order; red bars form the critical path (%s weeks).</source>
        <translation>自下单起的周数；红色条为关键路径（%s 周）。</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Add %s</source>
        <translation>添加 %s</translation>
    </message>
    <message>
        <source>Remove %s</source>
        <translation>移除 %s</translation>
    </message>
    <message>
        <source>Set mode of %s to %s</source>
        <translation>将 %s 的模式设为 %s</translation>
    </message>
    <message>
        <source>Edit %s</source>
        <translation>编辑 %s</translation>
    </message>
    <message>
        <source>Change policy</source>
        <translation>修改策略</translation>
    </message>
    <message>
        <source>Apply the policy to all items</source>
        <translation>按策略调整全部条目</translation>
    </message>
    <message>
        <source>Edit solution details</source>
        <translation>编辑方案信息</translation>
    </message>
    <message>
        <source>Edit deal settings</source>
        <translation>编辑交易设置</translation>
    </message>
    <message>
        <source>Set %s</source>
        <translation>设置 %s</translation>
    </message>
    <message>
        <source>Fix: %s</source>
        <translation>修复：%s</translation>
    </message>
    <message>
        <source>Option %d</source>
        <translation>方案 %d</translation>
    </message>
    <message>
        <source>Delete option %s</source>
        <translation>删除方案 %s</translation>
    </message>
    <message>
        <source>Rename option %s</source>
        <translation>重命名方案 %s</translation>
    </message>
    <message>
        <source>Move option %s</source>
        <translation>移动方案 %s</translation>
    </message>
    <message>
        <source>Recommend option %s</source>
        <translation>推荐方案 %s</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>Save the changes to “%s” first?</source>
        <translation>是否先保存对“%s”的更改？</translation>
    </message>
    <message>
        <source>an unsaved solution</source>
        <translation>未保存的方案</translation>
    </message>
    <message>
        <source>Recover unsaved work</source>
        <translation>恢复未保存的工作</translation>
    </message>
    <message>
        <source>The configurator did not close properly. Restore the unsaved changes to %s?</source>
        <translation>配置器上次未正常关闭。是否恢复对 %s 的未保存更改？</translation>
    </message>
    <message>
        <source>Bring every item in line with the policy? This makes %d changes:</source>
        <translation>按策略调整全部条目？将进行 %d 项更改：</translation>
    </message>
    <message>
        <source>Save revision %d</source>
        <translation>保存修订 %d</translation>
    </message>
    <message>
        <source>e.g. second offer after the customer&apos;s review</source>
        <translation>例如：客户评审后的第二轮报价</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Open solution</source>
        <translation>打开方案</translation>
    </message>
    <message>
        <source>Save as</source>
        <translation>另存为</translation>
    </message>
    <message>
        <source>… and %d more</source>
        <translation>……另有 %d 项</translation>
    </message>
    <message>
        <source>Chosen explicitly</source>
        <translation>手动选择</translation>
    </message>
    <message>
        <source>Required by: %s</source>
        <translation>依赖来源：%s</translation>
    </message>
    <message>
        <source>Not required</source>
        <translation>已不被任何项需要</translation>
    </message>
    <message>
        <source>No quantified value drivers.</source>
        <translation>没有量化的价值驱动因素。</translation>
    </message>
    <message>
        <source>Cost over years 1–{years}</source>
        <translation>第 1–{years} 年成本</translation>
    </message>
    <message>
        <source>Net benefit over years 1–{years}</source>
        <translation>第 1–{years} 年净收益</translation>
    </message>
    <message>
        <source>Net present value at {rate}</source>
        <translation>净现值（折现率 {rate}）</translation>
    </message>
    <message>
        <source>months</source>
        <translation>个月</translation>
    </message>
    <message>
        <source>Year {year}: benefit {benefit}, cost {cost}, net {net}, cumulative {cumulative}</source>
        <translation>第 {year} 年：收益 {benefit}，成本 {cost}，净额 {net}，累计 {cumulative}</translation>
    </message>
    <message>
        <source>low and high: the 10th and 90th percentiles of {draws} draws of the inputs&apos; ranges</source>
        <translation>保守与乐观：对各输入合理范围抽样 {draws} 次的第 10 与第 90 百分位数</translation>
    </message>
    <message>
        <source>Sensitivity of ROI to each input (low end → high end):</source>
        <translation>投资回报率对各输入的敏感度（下限 → 上限）：</translation>
    </message>
    <message>
        <source>break-even: month %d</source>
        <translation>盈亏平衡：第 %d 个月</translation>
    </message>
    <message>
        <source>cumulative cost</source>
        <translation>累计成本</translation>
    </message>
    <message>
        <source>cumulative benefit (expected)</source>
        <translation>累计收益（预期）</translation>
    </message>
    <message>
        <source>Sensitivity of ROI to each input</source>
        <translation>投资回报率对各输入的敏感度</translation>
    </message>
    <message>
        <source>input at its low end</source>
        <translation>输入取下限</translation>
    </message>
    <message>
        <source>input at its high end</source>
        <translation>输入取上限</translation>
    </message>
    <message>
        <source>expected ROI %s</source>
        <translation>预期投资回报率 %s</translation>
    </message>
    <message>
        <source>errors elsewhere in the solution: {count}; `configurator check` lists them</source>
        <translation>方案中另有错误 {count} 个；请用 `configurator check` 查看</translation>
    </message>
    <message>
        <source>per year</source>
        <translation>/年</translation>
    </message>
    <message>
        <source>default</source>
        <translation>默认值</translation>
    </message>
    <message>
        <source>Annual benefit</source>
        <translation>年收益</translation>
    </message>
    <message>
        <source>First-year cost</source>
        <translation>首年成本</translation>
    </message>
    <message>
        <source>Payback</source>
        <translation>回收期</translation>
    </message>
    <message>
        <source>generated</source>
        <translation>生成于</translation>
    </message>
    <message>
        <source>Cover</source>
        <translation>封面</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>概要</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>This solution has errors and is not validated.</source>
        <translation>本方案有错误，未通过校验。</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Who delivers</source>
        <translation>交付分工</translation>
    </message>
    <message>
        <source>Customer policy</source>
        <translation>客户策略</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>检查</translation>
    </message>
    <message>
        <source>Critical path</source>
        <translation>关键路径</translation>
    </message>
    <message>
        <source>%s weeks</source>
        <translation>%s 周</translation>
    </message>
    <message>
        <source>Business value</source>
        <translation>业务价值</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>假设</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>◆ marks lines delivered by a partner.</source>
        <translation>◆ 表示由合作伙伴交付的行。</translation>
    </message>
    <message>
        <source>Zones and compliance</source>
        <translation>部署区域与合规</translation>
    </message>
    <message>
        <source>Where each part runs</source>
        <translation>各部分的部署位置</translation>
    </message>
    <message>
        <source>Compliance with the customer policy</source>
        <translation>客户策略合规性</translation>
    </message>
    <message>
        <source>Common CPU architecture</source>
        <translation>共同 CPU 架构</translation>
    </message>
    <message>
        <source>%d, changed since (%s)</source>
        <translation>%d，此后已修改（%s）</translation>
    </message>
    <message>
        <source>revision %d</source>
        <translation>修订 %d</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>修订</translation>
    </message>
    <message>
        <source>low (P10)</source>
        <translation>保守（P10）</translation>
    </message>
    <message>
        <source>high (P90)</source>
        <translation>乐观（P90）</translation>
    </message>
    <message>
        <source>Cost over years 1–%d</source>
        <translation>第 1–%d 年成本</translation>
    </message>
    <message>
        <source>Net benefit over years 1–%d (P10 / expected / P90)</source>
        <translation>第 1–%d 年净收益（P10 / 预期 / P90）</translation>
    </message>
    <message>
        <source>Net present value at %s</source>
        <translation>按 %s 折现的净现值</translation>
    </message>
    <message>
        <source>Year %d</source>
        <translation>第 %d 年</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>收益</translation>
    </message>
    <message>
        <source>Net cash flow</source>
        <translation>净现金流</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>‡ marks list prices kept from catalog %s, on which the solution was priced.</source>
        <translation>‡ 表示沿用方案报价时所用目录 %s 的目录价。</translation>
    </message>
    <message>
        <source>Domestic-technology share of first-year value</source>
        <translation>首年金额中的国产化占比</translation>
    </message>
    <message>
        <source>Evidence: items in Xinchuang scope</source>
        <translation>依据：信创范围内的条目</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>No errors or warnings.</source>
        <translation>没有错误或警告。</translation>
    </message>
    <message>
        <source>bill of materials {name}</source>
        <translation>物料清单 {name}</translation>
    </message>
    <message>
        <source>solution {name}</source>
        <translation>方案 {name}</translation>
    </message>
    <message>
        <source>catalog {name}</source>
        <translation>目录 {name}</translation>
    </message>
    <message>
        <source>The catalog has errors; the app cannot start. Fix them and start it again.</source>
        <translation>目录有错误，应用无法启动。请修正后重新启动。</translation>
    </message>
    <message>
        <source>Catalog has errors</source>
        <translation>目录有错误</translation>
    </message>
    <message>
        <source>The catalog could not be read (%s); the app cannot start.</source>
        <translation>无法读取目录（%s），应用无法启动。</translation>
    </message>
    <message>
        <source>Catalog could not be read</source>
        <translation>无法读取目录</translation>
    </message>
    <message>
        <source>it is empty</source>
        <translation>为空</translation>
    </message>
    <message>
        <source>{count} characters, more than {limit}</source>
        <translation>{count} 个字符，超过 {limit}</translation>
    </message>
    <message>
        <source>the number {number}… is too large</source>
        <translation>数字 {number}… 过大</translation>
    </message>
    <message>
        <source>option {name}</source>
        <translation>方案 {name}</translation>
    </message>
    <message>
        <source>{name}: {count} options over {years} years</source>
        <translation>{name}：{count} 个方案，{years} 年</translation>
    </message>
    <message>
        <source>{name}: one option over {years} years</source>
        <translation>{name}：1 个方案，{years} 年</translation>
    </message>
    <message>
        <source>recommended</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>Capabilities that differ</source>
        <translation>各方案不同的能力</translation>
    </message>
    <message>
        <source>none: every option holds the same capabilities in the same mode and quantity</source>
        <translation>无：各方案的能力、模式和数量均相同</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>键</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <source>%d options over %d years; the pages after this one are about “%s”.</source>
        <translation>%d 个方案，%d 年；以下各页为“%s”方案。</translation>
    </message>
    <message>
        <source>%s marks the recommended option.</source>
        <translation>%s 表示推荐方案。</translation>
    </message>
    <message>
        <source>Options compared</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>Cumulative cost per option</source>
        <translation>各方案累计成本</translation>
    </message>
    <message>
        <source>Every option holds the same capabilities in the same mode.</source>
        <translation>各方案的能力与模式均相同。</translation>
    </message>
    <message>
        <source>Mode × quantity, with the cost over the horizon.</source>
        <translation>模式 × 数量，以及整个周期的成本。</translation>
    </message>
    <message>
        <source>cumulative cost by the end of each year from order</source>
        <translation>自下单起每年年末的累计成本</translation>
    </message>
    <message>
        <source>Cost over %d years</source>
        <translation>%d 年成本</translation>
    </message>
    <message>
        <source>TCO</source>
        <translation>总拥有成本</translation>
    </message>
    <message>
        <source>amounts in %s</source>
        <translation>金额单位：%s</translation>
    </message>
    <message>
        <source>Cost per line and year</source>
        <translation>各行逐年成本</translation>
    </message>
    <message>
        <source>The %d lines costliest over the horizon, then the others.</source>
        <translation>整个周期成本最高的 %d 行，其余合并。</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>年份</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Year {n}</source>
        <translation>第 {n} 年</translation>
    </message>
    <message>
        <source>Other lines ({count})</source>
        <translation>其他 {count} 行</translation>
    </message>
    <message>
        <source>New option from %s</source>
        <translation>从%s新增方案</translation>
    </message>
    <message>
        <source>New option</source>
        <translation>新增方案</translation>
    </message>
    <message>
        <source>%s (copy)</source>
        <translation>%s（副本）</translation>
    </message>
    <message>
        <source>Duplicate option %s</source>
        <translation>复制方案 %s</translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>Delete the option “%s” and its items?</source>
        <translation>删除方案“%s”及其全部项目？</translation>
    </message>
    <message>
        <source>one-time cost</source>
        <translation>一次性费用</translation>
    </message>
    <message>
        <source>monthly fees</source>
        <translation>月费</translation>
    </message>
    <message>
        <source>yearly fees</source>
        <translation>年费</translation>
    </message>
    <message>
        <source>mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>delivered by</source>
        <translation>交付方</translation>
    </message>
    <message>
        <source>customised</source>
        <translation>定制</translation>
    </message>
    <message>
        <source>quantity ramp</source>
        <translation>数量爬坡</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>deployment</source>
        <translation>部署</translation>
    </message>
    <message>
        <source>network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>critical information infrastructure</source>
        <translation>关键信息基础设施</translation>
    </message>
    <message>
        <source>data class allowed on public cloud</source>
        <translation>允许上公有云的数据级别</translation>
    </message>
    <message>
        <source>go-live</source>
        <translation>上线时间</translation>
    </message>
    <message>
        <source>name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>catalog version</source>
        <translation>目录版本</translation>
    </message>
    <message>
        <source>recommended option</source>
        <translation>推荐方案</translation>
    </message>
    <message>
        <source>no longer in the catalog</source>
        <translation>已不在目录中</translation>
    </message>
    <message>
        <source>in the catalog as {new}</source>
        <translation>在目录中名为 {new}</translation>
    </message>
    <message>
        <source>priced on catalog {old} ({old_digest}); loaded: {new} ({new_digest})</source>
        <translation>报价所用目录 {old}（{old_digest}）；已加载：{new}（{new_digest}）</translation>
    </message>
    <message>
        <source>no revision keeps that catalog: what changed in prices cannot be shown</source>
        <translation>没有修订保存该目录：无法显示价格的变化</translation>
    </message>
    <message>
        <source>the old catalog as revision {number} kept it</source>
        <translation>旧目录取自修订 {number} 的保存内容</translation>
    </message>
    <message>
        <source>list price {old} → {new}</source>
        <translation>目录价 {old} → {new}</translation>
    </message>
    <message>
        <source>kept from {catalog}</source>
        <translation>沿用 {catalog}</translation>
    </message>
    <message>
        <source>first-year cost</source>
        <translation>首年费用</translation>
    </message>
    <message>
        <source>cost of ownership</source>
        <translation>总拥有成本</translation>
    </message>
    <message>
        <source>resolving would add</source>
        <translation>解析将增加</translation>
    </message>
    <message>
        <source>resolving would drop</source>
        <translation>解析将去掉</translation>
    </message>
    <message>
        <source>the solution is priced on the loaded catalog: nothing drifted</source>
        <translation>方案按已加载的目录报价：没有漂移</translation>
    </message>
    <message>
        <source>net present value of the cost</source>
        <translation>成本净现值</translation>
    </message>
    <message>
        <source>partner share</source>
        <translation>合作伙伴占比</translation>
    </message>
    <message>
        <source>new finding</source>
        <translation>新增检查结果</translation>
    </message>
    <message>
        <source>resolved finding</source>
        <translation>已解决的检查结果</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>no differences</source>
        <translation>没有差异</translation>
    </message>
    <message>
        <source>option added: {name}</source>
        <translation>新增方案：{name}</translation>
    </message>
    <message>
        <source>option removed: {name}</source>
        <translation>删除方案：{name}</translation>
    </message>
    <message>
        <source>BOM</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>Zones</source>
        <translation>部署区域</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>逐年成本</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>方案对比</translation>
    </message>
    <message>
        <source>Figures of the configurator: they do not follow edits on the BOM sheet.</source>
        <translation>以上为配置器计算的数值，不随物料清单工作表中的修改而变化。</translation>
    </message>
    <message>
        <source>Hint</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Value driver</source>
        <translation>价值驱动因素</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>下限</translation>
    </message>
    <message>
        <source>High</source>
        <translation>上限</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>briefing deck {name}</source>
        <translation>简报 {name}</translation>
    </message>
    <message>
        <source>Solution briefing</source>
        <translation>方案简报</translation>
    </message>
    <message>
        <source>%d items</source>
        <translation>%d 项</translation>
    </message>
    <message>
        <source>Net benefit over years 1–%d</source>
        <translation>第 1–%d 年净收益</translation>
    </message>
    <message>
        <source>revisions {name}</source>
        <translation>修订 {name}</translation>
    </message>
    <message>
        <source>saved revision {number} in {file}</source>
        <translation>已将修订 {number} 保存到 {file}</translation>
    </message>
    <message>
        <source>no revisions yet (save one with --save NOTE)</source>
        <translation>还没有修订（用 --save 说明 保存一个）</translation>
    </message>
    <message>
        <source>Revision %d was saved on %s by %s: “%s”. It is priced as it was, on catalog %s; this proposal on %s.</source>
        <translation>修订 %d 于 %s 由 %s 保存：“%s”。它按当时的目录 %s 报价；本建议书按目录 %s 报价。</translation>
    </message>
    <message>
        <source>Option added</source>
        <translation>新增方案</translation>
    </message>
    <message>
        <source>Option removed</source>
        <translation>删除方案</translation>
    </message>
    <message>
        <source>What</source>
        <translation>项目</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>现在</translation>
    </message>
    <message>
        <source>Changes since revision %d</source>
        <translation>修订 %d 以来的变更</translation>
    </message>
    <message>
        <source>Nothing has changed since this revision.</source>
        <translation>自该修订以来没有任何变更。</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>First year before</source>
        <translation>之前首年</translation>
    </message>
    <message>
        <source>First year now</source>
        <translation>现在首年</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>差额</translation>
    </message>
    <message>
        <source>New finding</source>
        <translation>新增检查结果</translation>
    </message>
    <message>
        <source>Resolved finding</source>
        <translation>已解决的检查结果</translation>
    </message>
    <message>
        <source>Compliant: %s → %s</source>
        <translation>合规：%s → %s</translation>
    </message>
    <message>
        <source>Kept from catalog %s, on which the solution was priced</source>
        <translation>沿用方案报价时所用的目录 %s</translation>
    </message>
    <message>
        <source>in the catalog as %s</source>
        <translation>在目录中名为 %s</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>变更内容</translation>
    </message>
    <message>
        <source>kept from %s</source>
        <translation>沿用 %s</translation>
    </message>
    <message>
        <source>List price before</source>
        <translation>之前目录价</translation>
    </message>
    <message>
        <source>List price now</source>
        <translation>现在目录价</translation>
    </message>
    <message>
        <source>Resolving would add</source>
        <translation>解析将增加</translation>
    </message>
    <message>
        <source>Resolving would drop</source>
        <translation>解析将去掉</translation>
    </message>
    <message>
        <source>This solution was priced on catalog %s (%s); the loaded catalog is %s (%s). Nothing has changed yet.</source>
        <translation>本方案按目录 %s（%s）报价；已加载的目录为 %s（%s）。目前尚未做任何改动。</translation>
    </message>
    <message>
        <source>No revision keeps the catalog it was priced on, so its old prices cannot be shown or kept; re-pricing takes the loaded catalog&apos;s prices.</source>
        <translation>没有修订保存报价时所用的目录，因此无法显示或沿用旧价格；重新报价将采用已加载目录的价格。</translation>
    </message>
    <message>
        <source>The old prices are those revision %d kept.</source>
        <translation>旧价格取自修订 %d 的保存内容。</translation>
    </message>
    <message>
        <source>The old prices are those of the catalog before it was reloaded.</source>
        <translation>旧价格取自重新加载之前的目录。</translation>
    </message>
    <message>
        <source>For this solution nothing in the catalog&apos;s prices, capabilities or rules has changed.</source>
        <translation>对本方案而言，目录的价格、能力和规则都没有变化。</translation>
    </message>
    <message>
        <source>Catalog drift</source>
        <translation>目录漂移</translation>
    </message>
    <message>
        <source>Re-price on catalog %s</source>
        <translation>按目录 %s 重新报价</translation>
    </message>
    <message>
        <source>Keep the old prices</source>
        <translation>沿用旧价格</translation>
    </message>
    <message>
        <source>Decide later</source>
        <translation>稍后决定</translation>
    </message>
    <message>
        <source>The lines stay priced as they were, marked with the catalog that priced them</source>
        <translation>各行保持原价，并标明报价所用的目录</translation>
    </message>
    <message>
        <source>No revision keeps the old prices</source>
        <translation>没有修订保存旧价格</translation>
    </message>
    <message>
        <source>Saved on %s by %s: “%s”. Priced on catalog %s.</source>
        <translation>%s 由 %s 保存：“%s”。按目录 %s 报价。</translation>
    </message>
    <message>
        <source>Total first year</source>
        <translation>首年合计</translation>
    </message>
    <message>
        <source>Revision %d</source>
        <translation>修订 %d</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>保存时间</translation>
    </message>
    <message>
        <source>Revisions of %s</source>
        <translation>%s 的修订</translation>
    </message>
    <message>
        <source>Restore as current</source>
        <translation>恢复为当前状态</translation>
    </message>
    <message>
        <source>Compare with current…</source>
        <translation>与当前状态比较…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>导出 PDF…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Compare with revision</source>
        <translation>与修订比较</translation>
    </message>
    <message>
        <source>Export PDF with these changes…</source>
        <translation>导出含这些变更的 PDF…</translation>
    </message>
    <message>
        <source>Cannot save a revision</source>
        <translation>无法保存修订</translation>
    </message>
    <message>
        <source>“%s” has problems; it is left as it is. Fix or move it, then save the revision again.</source>
        <translation>“%s”有问题，保持原样不动。请修正或移走它，然后再保存修订。</translation>
    </message>
    <message>
        <source>“%s” could not be written: %s</source>
        <translation>无法写入“%s”：%s</translation>
    </message>
    <message>
        <source>Saved revision %d in %s</source>
        <translation>已将修订 %d 保存到 %s</translation>
    </message>
    <message>
        <source>Revisions cannot be read</source>
        <translation>无法读取修订</translation>
    </message>
    <message>
        <source>“%s” has problems; it is left as it is.</source>
        <translation>“%s”有问题，保持原样不动。</translation>
    </message>
    <message>
        <source>This solution has no revisions yet: File → Save revision… keeps one</source>
        <translation>本方案还没有修订：“文件 → 保存修订…”可保存一个</translation>
    </message>
    <message>
        <source>Restore revision %d</source>
        <translation>恢复修订 %d</translation>
    </message>
    <message>
        <source>The solution has no items yet</source>
        <translation>方案中还没有条目</translation>
    </message>
    <message>
        <source>The solution is priced on the loaded catalog</source>
        <translation>方案按已加载的目录报价</translation>
    </message>
    <message>
        <source>Keep the prices of catalog %s</source>
        <translation>沿用目录 %s 的价格</translation>
    </message>
    <message>
        <source>Priced on catalog %s, shown on %s: Catalog drift… decides</source>
        <translation>按目录 %s 报价，按 %s 显示：用“目录漂移…”决定</translation>
    </message>
</context>
<context>
    <name>BomPanel</name>
    <message>
        <source>Copy table</source>
        <translation>复制表格</translation>
    </message>
    <message>
        <source>Copy the bill of materials as a table for Excel</source>
        <translation>将物料清单复制为表格，可直接粘贴到 Excel</translation>
    </message>
    <message>
        <source>One-time %s · Monthly %s · First year %s · Partner share %s</source>
        <translation>一次性费用 %s · 月费 %s · 首年费用 %s · 合作伙伴占比 %s</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
</context>
<context>
    <name>CatalogController</name>
    <message>
        <source>Loading the catalog… %p%</source>
        <translation>正在加载目录… %p%</translation>
    </message>
    <message>
        <source>The catalog could not be read (%s); the last good catalog stays in use.</source>
        <translation>无法读取目录（%s）；继续使用上一个正确的目录。</translation>
    </message>
    <message>
        <source>Catalog could not be read</source>
        <translation>无法读取目录</translation>
    </message>
    <message>
        <source>Catalog has errors</source>
        <translation>目录有错误</translation>
    </message>
    <message>
        <source>The changed catalog has errors; the last good catalog stays in use.</source>
        <translation>修改后的目录有错误；继续使用上一个正确的目录。</translation>
    </message>
    <message>
        <source>Catalog reloaded</source>
        <translation>目录已重新加载</translation>
    </message>
</context>
<context>
    <name>CatalogPanel</name>
    <message>
        <source>Search by Chinese or English name, id or tag</source>
        <translation>按中英文名称、id 或标签搜索</translation>
    </message>
    <message>
        <source>Add to solution</source>
        <translation>添加到方案</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Xinchuang certified</source>
        <translation>信创认证</translation>
    </message>
    <message>
        <source>Xinchuang adapted</source>
        <translation>信创适配</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Xinchuang · partner</source>
        <translation>信创 · 合作伙伴</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>已认证</translation>
    </message>
    <message>
        <source>Adapted</source>
        <translation>已适配</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>全部类别</translation>
    </message>
    <message>
        <source>Vendor and partners</source>
        <translation>厂商和合作伙伴</translation>
    </message>
    <message>
        <source>Vendor-delivered</source>
        <translation>厂商交付</translation>
    </message>
    <message>
        <source>Partner-delivered</source>
        <translation>合作伙伴交付</translation>
    </message>
    <message>
        <source>Any Xinchuang level</source>
        <translation>任意信创级别</translation>
    </message>
    <message>
        <source>No Xinchuang variant</source>
        <translation>无信创版本</translation>
    </message>
    <message>
        <source>Any mode</source>
        <translation>任意模式</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <source>One-time</source>
        <translation>一次性费用</translation>
    </message>
    <message>
        <source>Yearly run cost</source>
        <translation>每年运行费用</translation>
    </message>
    <message>
        <source>%d-year cost of ownership</source>
        <translation>%d 年总拥有成本</translation>
    </message>
    <message>
        <source>Net present value of the cost</source>
        <translation>成本净现值</translation>
    </message>
    <message>
        <source>Partner share</source>
        <translation>合作伙伴占比</translation>
    </message>
    <message>
        <source>Errors / warnings</source>
        <translation>错误 / 警告</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <source>not passed</source>
        <translation>未通过</translation>
    </message>
    <message>
        <source>Xinchuang share</source>
        <translation>信创占比</translation>
    </message>
    <message>
        <source>Critical path (weeks)</source>
        <translation>关键路径（周）</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <source>Payback in months</source>
        <translation>回收期（月）</translation>
    </message>
    <message>
        <source>Capabilities</source>
        <translation>能力</translation>
    </message>
    <message>
        <source>Click to show this option</source>
        <translation>点击查看此方案</translation>
    </message>
    <message>
        <source>Recommended</source>
        <translation>已推荐</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation>推荐</translation>
    </message>
    <message>
        <source>The options differ here</source>
        <translation>各方案在此不同</translation>
    </message>
</context>
<context>
    <name>CompliancePanel</name>
    <message>
        <source>Requirement</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>条目</translation>
    </message>
    <message>
        <source>none in common</source>
        <translation>无共同架构</translation>
    </message>
    <message>
        <source>CPU architecture: %s · Domestic-technology share: %s</source>
        <translation>CPU 架构：%s · 国产化占比：%s</translation>
    </message>
    <message>
        <source>Compliance: %d failed</source>
        <translation>合规：%d 项未通过</translation>
    </message>
    <message>
        <source>Compliance: passed</source>
        <translation>合规：已通过</translation>
    </message>
</context>
<context>
    <name>DealDialog</name>
    <message>
        <source>Deal settings</source>
        <translation>交易设置</translation>
    </message>
    <message>
        <source> years</source>
        <translation> 年</translation>
    </message>
    <message>
        <source>In year 1, at order</source>
        <translation>第 1 年（下单时）</translation>
    </message>
    <message>
        <source>In the year the delivery plan starts the line</source>
        <translation>交付计划中该项开始的年份</translation>
    </message>
    <message>
        <source>The share of the yearly value realised in years 1, 2, …; the last holds after</source>
        <translation>第 1、2……年实现的年度价值比例；最后一个值适用于之后各年</translation>
    </message>
    <message>
        <source>Horizon</source>
        <translation>测算年限</translation>
    </message>
    <message>
        <source>Discount rate (NPV)</source>
        <translation>贴现率（净现值）</translation>
    </message>
    <message>
        <source>One-time costs</source>
        <translation>一次性费用</translation>
    </message>
    <message>
        <source>Benefit ramp (% per year)</source>
        <translation>收益爬坡（每年 %）</translation>
    </message>
    <message>
        <source>Yearly price change</source>
        <translation>年度价格变化</translation>
    </message>
    <message>
        <source>The solution has no priced items yet.</source>
        <translation>方案中还没有计价的项目。</translation>
    </message>
    <message>
        <source>Benefit ramp: write 1 to 10 percentages from 0 to 200, separated by commas (e.g. 50, 100).</source>
        <translation>收益爬坡：请填写 1 到 10 个 0 到 200 之间的百分比，用逗号分隔（例如 50, 100）。</translation>
    </message>
</context>
<context>
    <name>ExportController</name>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the proposal document…</source>
        <translation>正在生成方案建议书…</translation>
    </message>
    <message>
        <source>PowerPoint (*.pptx)</source>
        <translation>PowerPoint 演示文稿 (*.pptx)</translation>
    </message>
    <message>
        <source>Writing the briefing deck…</source>
        <translation>正在生成简报…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written</source>
        <translation>已取消导出；未写入任何文件</translation>
    </message>
    <message>
        <source>Exported %s</source>
        <translation>已导出 %s</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>“%s” could not be written: %s</source>
        <translation>无法写入“%s”：%s</translation>
    </message>
</context>
<context>
    <name>FileController</name>
    <message>
        <source>%s (recovered)</source>
        <translation>%s（已恢复）</translation>
    </message>
    <message>
        <source>Crash recovery is off: %s cannot be written (%s)</source>
        <translation>崩溃恢复已关闭：无法写入 %s（%s）</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>New solution</source>
        <translation>新方案</translation>
    </message>
    <message>
        <source>Cannot open solution</source>
        <translation>无法打开方案</translation>
    </message>
    <message>
        <source>“%s” could not be read; the current solution is unchanged.</source>
        <translation>无法读取“%s”；当前方案保持不变。</translation>
    </message>
    <message>
        <source>Cannot recover</source>
        <translation>无法恢复</translation>
    </message>
    <message>
        <source>The unsaved work in “%s” could not be read; the file is kept.</source>
        <translation>无法读取“%s”中未保存的工作；该文件已保留。</translation>
    </message>
    <message>
        <source>Recovered unsaved changes to %s; save them to keep them</source>
        <translation>已恢复对 %s 的未保存更改；请保存以保留这些更改</translation>
    </message>
    <message>
        <source>Cannot save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <source>“%s” could not be written: %s</source>
        <translation>无法写入“%s”：%s</translation>
    </message>
</context>
<context>
    <name>FindingsPanel</name>
    <message>
        <source>Severity</source>
        <translation>级别</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>代码</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>info</source>
        <translation>提示</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>修复</translation>
    </message>
    <message>
        <source>Apply the policy to all items…</source>
        <translation>按策略调整全部条目…</translation>
    </message>
    <message>
        <source>Give every item a mode, or a provider, that the policy allows</source>
        <translation>为每个条目选用策略允许的模式或提供方</translation>
    </message>
    <message>
        <source>Errors: %d</source>
        <translation>错误：%d</translation>
    </message>
    <message>
        <source>Warnings: %d</source>
        <translation>警告：%d</translation>
    </message>
    <message>
        <source>Infos: %d</source>
        <translation>提示：%d</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>检查结果</translation>
    </message>
    <message>
        <source>Findings (errors: %d · warnings: %d)</source>
        <translation>检查结果（错误 %d · 警告 %d）</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>An empty solution. Start from a scenario template with File → New (%s), or add capabilities from the catalog on the left.</source>
        <translation>方案为空。可通过“文件 → 新建”（%s）从场景模板开始，或从左侧目录中添加能力。</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Mode</source>
        <translation>模式</translation>
    </message>
    <message>
        <source>Quantity</source>
        <translation>数量</translation>
    </message>
    <message>
        <source>Quantity ramp</source>
        <translation>数量爬坡</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>折扣</translation>
    </message>
    <message>
        <source>Delivered by</source>
        <translation>交付方</translation>
    </message>
    <message>
        <source>Named partner</source>
        <translation>指定合作伙伴</translation>
    </message>
    <message>
        <source>Customised</source>
        <translation>定制</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Remove from solution</source>
        <translation>从方案中移除</translation>
    </message>
    <message>
        <source>Yearly growth</source>
        <translation>按年增长</translation>
    </message>
    <message>
        <source>Quantities per year</source>
        <translation>逐年数量</translation>
    </message>
    <message>
        <source>The quantity grows by this share each year after the first</source>
        <translation>自第 2 年起，数量每年按此比例增长</translation>
    </message>
    <message>
        <source>Solution</source>
        <translation>方案</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Institution type</source>
        <translation>机构类型</translation>
    </message>
    <message>
        <source>State-owned bank</source>
        <translation>国有大型银行</translation>
    </message>
    <message>
        <source>Joint-stock bank</source>
        <translation>股份制银行</translation>
    </message>
    <message>
        <source>City commercial bank</source>
        <translation>城市商业银行</translation>
    </message>
    <message>
        <source>Rural bank</source>
        <translation>农村商业银行</translation>
    </message>
    <message>
        <source>Insurer</source>
        <translation>保险公司</translation>
    </message>
    <message>
        <source>Securities firm</source>
        <translation>证券公司</translation>
    </message>
    <message>
        <source>Consumer finance company</source>
        <translation>消费金融公司</translation>
    </message>
    <message>
        <source>Government</source>
        <translation>政府机构</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>未选择任何项</translation>
    </message>
    <message>
        <source>Select an item in the graph or the bill of materials.</source>
        <translation>请在关系图或物料清单中选择一项。</translation>
    </message>
    <message>
        <source>Chosen explicitly</source>
        <translation>手动选择</translation>
    </message>
    <message>
        <source>Pulled in: %s</source>
        <translation>自动引入：%s</translation>
    </message>
    <message>
        <source>Pulled in</source>
        <translation>自动引入</translation>
    </message>
    <message>
        <source>As in the catalog (%s)</source>
        <translation>与目录一致（%s）</translation>
    </message>
    <message>
        <source>Write 1 to 10 quantities separated by commas (e.g. 100, 130, 170).</source>
        <translation>请填写 1 到 10 个数量，用逗号分隔（例如 100, 130, 170）。</translation>
    </message>
    <message>
        <source>The quantity of years 1, 2, …, separated by commas; the last holds after</source>
        <translation>第 1、2……年的数量，用逗号分隔；最后一个值适用于之后各年</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>The catalog does not offer this capability customised</source>
        <translation>目录不提供该能力的定制版本</translation>
    </message>
    <message>
        <source>First year: %s</source>
        <translation>首年费用：%s</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>New solution</source>
        <translation>新方案</translation>
    </message>
    <message>
        <source>Partner share %s</source>
        <translation>合作伙伴占比 %s</translation>
    </message>
    <message>
        <source>First year %s</source>
        <translation>首年费用 %s</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>未命名</translation>
    </message>
    <message>
        <source>%s[*] — Solution configurator</source>
        <translation>%s[*] — 解决方案配置器</translation>
    </message>
    <message>
        <source>The reloaded catalog no longer has that scenario</source>
        <translation>重新加载的目录中已没有该场景</translation>
    </message>
    <message>
        <source>About</source>
        <translation>关于</translation>
    </message>
    <message>
        <source>Solution configurator %s
Catalog: %s %s (%d capabilities)
Prices are illustrative.</source>
        <translation>解决方案配置器 %s
目录：%s %s（%d 项能力）
价格仅作示意。</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>新建(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>打开(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>另存为(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Find capability</source>
        <translation>查找能力(&amp;F)</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Actual &amp;size</source>
        <translation>实际大小(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Fit to window</source>
        <translation>适应窗口(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Tidy layout</source>
        <translation>整理布局(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>关于(&amp;A)</translation>
    </message>
    <message>
        <source>Years</source>
        <translation>逐年成本</translation>
    </message>
    <message>
        <source>Compare options</source>
        <translation>方案比较</translation>
    </message>
    <message>
        <source>Errors: %d · Warnings: %d</source>
        <translation>错误：%d · 警告：%d</translation>
    </message>
    <message>
        <source>Compliance: no items yet</source>
        <translation>合规：尚无条目</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>Bill of materials as %s…</source>
        <translation>物料清单（%s）…</translation>
    </message>
    <message>
        <source>Re&amp;load catalog</source>
        <translation>重新加载目录(&amp;L)</translation>
    </message>
    <message>
        <source>Save re&amp;vision…</source>
        <translation>保存修订(&amp;V)…</translation>
    </message>
    <message>
        <source>Rev&amp;isions…</source>
        <translation>修订(&amp;I)…</translation>
    </message>
    <message>
        <source>Compare with revision…</source>
        <translation>与修订比较…</translation>
    </message>
    <message>
        <source>Catalog &amp;drift…</source>
        <translation>目录漂移(&amp;D)…</translation>
    </message>
    <message>
        <source>Remo&amp;ve item</source>
        <translation>移除项(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Deal settings…</source>
        <translation>交易设置(&amp;D)…</translation>
    </message>
    <message>
        <source>&amp;Compare options</source>
        <translation>比较方案(&amp;C)</translation>
    </message>
    <message>
        <source>Proposal document (PDF)…</source>
        <translation>方案建议书（PDF）…</translation>
    </message>
    <message>
        <source>PowerPoint briefing deck…</source>
        <translation>PowerPoint 简报…</translation>
    </message>
    <message>
        <source>Graph picture as %s…</source>
        <translation>关系图图片（%s）…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>目录</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>属性</translation>
    </message>
    <message>
        <source>Bill of materials</source>
        <translation>物料清单</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>合规</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>价值</translation>
    </message>
</context>
<context>
    <name>OptionsBar</name>
    <message>
        <source>New &amp;empty option</source>
        <translation>新增空白方案(&amp;E)</translation>
    </message>
    <message>
        <source>New option from a &amp;scenario…</source>
        <translation>从场景新增方案(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Duplicate current option</source>
        <translation>复制当前方案(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Rename option…</source>
        <translation>重命名方案(&amp;R)…</translation>
    </message>
    <message>
        <source>De&amp;lete option</source>
        <translation>删除方案(&amp;L)</translation>
    </message>
    <message>
        <source>Make re&amp;commended</source>
        <translation>设为推荐方案(&amp;C)</translation>
    </message>
    <message>
        <source>Move lef&amp;t</source>
        <translation>左移(&amp;T)</translation>
    </message>
    <message>
        <source>Move ri&amp;ght</source>
        <translation>右移(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;Next option</source>
        <translation>下一个方案(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous option</source>
        <translation>上一个方案(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Option</source>
        <translation>方案(&amp;O)</translation>
    </message>
    <message>
        <source>Add an option: empty, from a scenario or a copy of the current one</source>
        <translation>新增方案：空白、来自场景或复制当前方案</translation>
    </message>
    <message>
        <source>Recommended option</source>
        <translation>推荐方案</translation>
    </message>
</context>
<context>
    <name>PolicyBar</name>
    <message>
        <source>Policy</source>
        <translation>策略</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>部署方式</translation>
    </message>
    <message>
        <source>Xinchuang</source>
        <translation>信创</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>网络</translation>
    </message>
    <message>
        <source>Public data up to</source>
        <translation>公有云数据上限</translation>
    </message>
    <message>
        <source>Go-live</source>
        <translation>上线日期</translation>
    </message>
    <message>
        <source>CII operator</source>
        <translation>关基运营者</translation>
    </message>
    <message>
        <source>Partner share</source>
        <translation>合作伙伴占比</translation>
    </message>
    <message>
        <source>warning </source>
        <translation>警告 </translation>
    </message>
    <message>
        <source>error </source>
        <translation>错误 </translation>
    </message>
    <message>
        <source>A warning when partners deliver more than this share of the first-year cost</source>
        <translation>合作伙伴交付部分超过首年费用的这一比例时给出警告</translation>
    </message>
    <message>
        <source>An error when partners deliver more than this share of the first-year cost</source>
        <translation>合作伙伴交付部分超过首年费用的这一比例时报错</translation>
    </message>
    <message>
        <source>The most sensitive data class allowed on public cloud or SaaS</source>
        <translation>公有云或 SaaS 上允许的最高数据敏感等级</translation>
    </message>
    <message>
        <source>The customer operates critical information infrastructure</source>
        <translation>客户是关键信息基础设施运营者</translation>
    </message>
    <message>
        <source>Target go-live date; the earliest date means none</source>
        <translation>目标上线日期；选最早的日期表示不设上线日期</translation>
    </message>
</context>
<context>
    <name>ReloadBanner</name>
    <message>
        <source>The catalog&apos;s files changed on disk.</source>
        <translation>目录文件已在磁盘上被修改。</translation>
    </message>
    <message>
        <source>Reload catalog</source>
        <translation>重新加载目录</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
</context>
<context>
    <name>ScenarioGallery</name>
    <message>
        <source>New solution</source>
        <translation>新建方案</translation>
    </message>
    <message>
        <source>Empty solution</source>
        <translation>空白方案</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>创建</translation>
    </message>
    <message>
        <source>Start with no items and add capabilities from the catalog.</source>
        <translation>从空白方案开始，再从目录中添加能力。</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>必选</translation>
    </message>
    <message>
        <source>Often added</source>
        <translation>常用可选</translation>
    </message>
    <message>
        <source>Suggested policy</source>
        <translation>建议策略</translation>
    </message>
</context>
<context>
    <name>ValuePanel</name>
    <message>
        <source>The catalog has no value drivers for this solution.</source>
        <translation>目录中没有适用于本方案的价值驱动因素。</translation>
    </message>
    <message>
        <source>Plausible range %s to %s; default %s</source>
        <translation>合理范围 %s 至 %s；默认值 %s</translation>
    </message>
    <message>
        <source> per year</source>
        <translation> /年</translation>
    </message>
    <message>
        <source>Annual benefit</source>
        <translation>年收益</translation>
    </message>
    <message>
        <source>First-year cost</source>
        <translation>首年成本</translation>
    </message>
    <message>
        <source>Cost over years 1–%d</source>
        <translation>第 1–%d 年成本</translation>
    </message>
    <message>
        <source>Net benefit over years 1–%d</source>
        <translation>第 1–%d 年净收益</translation>
    </message>
    <message>
        <source>Net present value at %s</source>
        <translation>按 %s 折现的净现值</translation>
    </message>
    <message>
        <source>Benefit</source>
        <translation>收益</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Net cash flow</source>
        <translation>净现金流</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Expected case by year</source>
        <translation>预期情形逐年明细</translation>
    </message>
    <message>
        <source>Return on investment</source>
        <translation>投资回报率</translation>
    </message>
    <message>
        <source>Payback in months</source>
        <translation>回收期（月）</translation>
    </message>
</context>
<context>
    <name>YearsPanel</name>
    <message>
        <source>Per year</source>
        <translation>按年</translation>
    </message>
    <message>
        <source>Per line</source>
        <translation>按明细行</translation>
    </message>
    <message>
        <source>Over %d years: TCO %s · NPV at %s: %s</source>
        <translation>%d 年总拥有成本 %s · 按 %s 贴现的净现值 %s</translation>
    </message>
    <message>
        <source>One-time</source>
        <translation>一次性</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>维保</translation>
    </message>
    <message>
        <source>Recurring</source>
        <translation>周期性</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合计</translation>
    </message>
    <message>
        <source>Cumulative</source>
        <translation>累计</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>厂商</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>合作伙伴</translation>
    </message>
    <message>
        <source>Year %d</source>
        <translation>第 %d 年</translation>
    </message>
    <message>
        <source>%d-year TCO</source>
        <translation>%d 年总拥有成本</translation>
    </message>
    <message>
        <source>NPV at %s</source>
        <translation>净现值（%s）</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>能力</translation>
    </message>
</context>
</TS>
