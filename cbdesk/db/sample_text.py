"""The texts of the sample plan, transcribed from the department's proposal
for the 2021 action plan (SPEC §2; resources/samples/seed_2021.txt)."""

# (code, title, description paragraphs joined by newlines)
TASKS: list[tuple[str, str, str]] = [
    (
        "II.1",
        "Tiếp tục thực hiện linh hoạt, hiệu quả “mục tiêu kép” vừa phòng, chống đại dịch Covid -19, vừa phục hồi và phát triển kinh tế - xã hội trong trạng thái bình thường mới",
        "Tiếp tục thực hiện kịp thời, hiệu quả Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ và Nghị quyết số 154/NQ-CP ngày 19/10/2020 của Chính phủ về sửa đổi, bổ sung Nghị quyết số 42/NQ-CP ngày 09/4/2020 của Chính phủ.\nĐẩy mạnh việc tuyên truyền, ngăn chặn tình trạng công dân Việt Nam xuất cảnh trái phép sang Trung Quốc lao động. Tiếp tục triển khai các hoạt động giao dịch việc làm phù hợp tình hình phòng chống dịch Covid-19; tuyên truyền, phổ biến chính sách hỗ trợ giải quyết việc làm, thông tin thị trường lao động, chú trọng địa bàn có nhiều lao động có nhu cầu việc làm; thực hiện tốt công tác quản lý lao động nước ngoài tại doanh nghiệp trên địa bàn tỉnh.",
    ),
    (
        "II.2",
        "Nâng cao chất lượng và sử dụng hiệu quả nguồn nhân lực gắn với đẩy mạnh đổi mới, sáng tạo, ứng dụng và phát triển mạnh mẽ khoa học, công nghệ",
        "Nâng cao chất lượng nguồn nhân lực gắn với chuyển dịch nhanh cơ cấu lao động, nhất là ở lao động nông thôn. Tăng cường đào tạo nghề nghiệp cho người dân tộc thiểu số, người khuyết tật và các nhóm yếu thế khác trong xã hội.\nĐổi mới phương pháp đào tạo theo hướng hiện đại, ứng dụng mạnh mẽ công nghệ thông tin. Chú trọng thực hành kỹ năng nghề và thực tập trong thời gian học nghề gắn với vị trí công việc ở doanh nghiệp và việc làm của người lao động sau học nghề. Phát triển nhân lực có kỹ năng nghề, đào tạo, đào tạo lại chuyển đổi nghề nghiệp cho người lao động thích ứng với cuộc Cách mạng công nghiệp lần thứ 4.\nXây dựng, tổ chức thực hiện các chương trình khởi sự, khởi nghiệp cho học sinh, sinh viên. Làm tốt công tác tuyên truyền, định hướng nghề nghiệp, phân luồng học sinh; tạo sự chuyển biến nhận thức về học nghề, thu hút lao động trẻ tham gia học nghề. Đẩy mạnh việc gắn kết các cơ sở giáo dục nghề nghiệp với các Doanh nghiệp tổ chức đào tạo nghề cho lao động, cung ứng nguồn nhân lực có chất lượng đáp ứng nhu cầu của doanh nghiệp; đa dạng hóa các hình thức, phương pháp đào tạo nghề phù hợp với đối tượng người học, đáp ứng nhiệm vụ đột phá chiến lược phát triển kinh tế - xã hội của tỉnh.\nNâng cao năng lực quản lý, chất lượng đào tạo, tổ chức triển khai hệ thống giáo dục nghề nghiệp mở, đa dạng, linh hoạt theo nhu cầu của doanh nghiệp và người học.",
    ),
    (
        "II.3",
        "Phát triển văn hoá, xã hội, thực hiện tiến bộ, công bằng xã hội, gắn kết với phát triển kinh tế",
        "",
    ),
    (
        "II.3.1",
        "Lĩnh vực Lao động- Việc làm",
        "Thực hiện tốt việc thu thập, lưu trữ, tổng hợp thông tin thị trường lao động năm 2021 để phân tích, đánh giá thực trạng về lao động- việc làm và nhu cầu sử dụng lao động của các doanh nghiệp trên địa bàn tỉnh, làm cơ sở định hướng việc làm cho người lao động. Tổ chức các hoạt động giao dịch việc làm, tuyên truyền phổ biến thông tin thị trường lao động, tư vấn, giới thiệu việc làm cho người lao động. Duy trì 02 trang website để kết nối thông tin thị trường lao động trong tỉnh và với các tỉnh trong cả nước, giúp cho người lao động truy cập tìm kiếm việc làm, thông tin thị trường lao động và các chế độ liên quan đến chính sách việc làm, bảo hiểm thất nghiệp; thông báo nhu cầu tuyển lao động của các doanh nghiệp đến thôn xóm để người lao động lựa chọn việc làm phù hợp khả năng và nguyện vọng. Tiếp tục thực hiện Biên bản ghi nhớ về cung ứng lao động, giới thiệu việc làm với các tỉnh.\nƯu tiên phân bổ kinh phí để thực hiện thu thập, lưu trữ, tổng hợp thông tin thị trường lao động, tổ chức các hoạt động giao dịch việc làm, kết nối thông tin thị trường trong tỉnh với các tỉnh trong cả nước.",
    ),
    (
        "II.3.2",
        "Công tác Giảm nghèo",
        "Ban hành các văn bản chỉ đạo triển khai thực hiện các chính sách, dự án của Chương trình mục tiêu quốc gia giảm nghèo bền vững. Tổ chức tổng điều tra hộ nghèo, hộ cận nghèo giai đoạn 2021-2025 làm cơ sở để thực hiện các chính sách an sinh xã hội. Tổ chức thực hiện tốt các chính sách, dự án của Chương trình mục tiêu quốc gia giảm nghèo bền vững tạo điều kiện để người thuộc hộ nghèo, hộ cận nghèo tiếp cận một cách tốt nhất các dịch vụ xã hội cơ bản như: y tế, giáo dục, nhà ở, nước sinh hoạt, vệ sinh...; đẩy nhanh tiến độ thực hiện đầu tư các công trình cơ sở hạ tầng tại các huyện nghèo và các xã đặc biệt khó khăn, huy động sự tham gia của cộng đồng trong việc thực hiện các công trình có quy mô nhỏ, kỹ thuật đơn giản để các hộ dân được tham gia tạo việc làm tăng thu nhập; thực hiện kịp thời các chính sách hỗ trợ đa dạng hóa sinh kế nhân rộng mô hình giảm nghèo.\nXây dựng các mô hình giảm nghèo và thực hiện nhân rộng các mô hình trên địa bàn toàn tỉnh; đẩy mạnh công tác dạy nghề, tìm việc làm cho người lao động thuộc hộ nghèo, hộ cận nghèo, hộ mới thoát nghèo để họ có thu nhập, phát triển kinh tế hộ gia đình. Lồng ghép các nguồn lực từ các chương trình phát triển kinh tế xã hội như: Nước sạch, vệ sinh môi trường, thông tin, nhà ở, xây dựng nông thôn mới...giúp các hộ nghèo giải quyết các chiều thiếu hụt để thực hiện đảm bảo đạt mục tiêu giảm nghèo. Đẩy mạnh tuyên truyền, giáo dục ý thức tự vươn lên thoát nghèo. Tiếp tục thực hiện hiệu quả phong trào thi đua “Cao Bằng chung tay vì người nghèo - Không để ai bị bỏ lại phía sau” thông qua việc đẩy mạnh xã hội hóa công tác giảm nghèo tạo thêm nguồn lực để thực hiện mục tiêu của Chương trình.",
    ),
    (
        "II.3.3",
        "Thực hiện chính sách đối với người có công với cách mạng",
        "Thực hiện đầy đủ, kịp thời các chế độ chính sách đối với người có công với cách mạng. Thực hiện tốt phong trào “Đền ơn đáp nghĩa” trên địa bàn tỉnh. Tiếp tục rà soát và xác nhận hồ sơ người có công còn tồn đọng, đảm bảo đúng đối tượng. Tăng cường công tác thanh tra, kiểm tra việc thực hiện các chế độ ưu đãi đối với người có công.",
    ),
    (
        "II.3.4",
        "Công tác Bảo trợ xã hội - Giảm nghèo",
        "Thực hiện đầy đủ, kịp thời các chính sách trợ giúp thường xuyên và đột xuất đối với các đối tượng có hoàn cảnh đặc biệt khó khăn. Chú trọng công tác chăm sóc, phát huy người cao tuổi, chăm sóc người khuyết tật, hỗ trợ chăm sóc và phục hồi đối tượng tại gia đình, cộng đồng. Tiếp tục đổi mới công tác trợ giúp xã hội, phát triển hệ thống an sinh xã hội hiệu quả, bền vững, thực hiện ứng dụng thông tin trong việc giải quyết chính sách an sinh xã hội cho người dân. Huy động mọi nguồn lực xã hội, phát triển các hình thức trợ giúp thay thế tại cộng đồng để tạo điều kiện cho các đối tượng yếu thế hòa nhập cộng đồng, vươn lên ổn định cuộc sống.",
    ),
    (
        "II.3.5",
        "Công tác bảo vệ chăm sóc trẻ em, Bình đẳng giới",
        "Tăng cường công tác lãnh đạo, chỉ đạo của các cấp ủy, chính quyền địa phương, công tác truyền thông vận động xã hội về công tác bảo vệ, chăm sóc và giáo dục trẻ em. Xây dựng xã, phường, thị trấn phù hợp với trẻ em. Chỉ đạo thành lập, kiện toàn Ban bảo vệ trẻ em các cấp; xây dựng xã, phường phù hợp với trẻ em. Nâng cao năng lực cho cán bộ làm công tác bảo vệ chăm sóc trẻ em ở các cấp. Tăng cường công tác kiểm tra, giám sát việc thực hiện pháp luật, chính sách quốc gia và công ước quốc tế về quyền trẻ em.",
    ),
    (
        "II.3.6",
        "Công tác Bình đẳng giới",
        "Triển khai đồng bộ, hiệu quả các chủ trương chính sách của Đảng, Nhà nước về bình đẳng giới và vì sự tiến bộ của phụ nữ. Tiếp tục đẩy mạnh công tác thông tin, tuyên truyền, phổ biến giáo dục nhằm nâng cao nhận thức, vai trò, trách nhiệm của cán bộ công chức, viên chức, người lao động và nhân dân trong thực hiện bình đẳng giới. Xây dựng cơ chế phối hợp liên ngành để thực hiện hiệu quả công tác bình đẳng giới. Huy động và sử dụng hiệu quả các nguồn lực tài chính cho công tác bình đẳng giới; bố trí đủ kinh phí từ nguồn ngân sách nhà nước cho công tác bình đẳng giới theo quy định về phân cấp ngân sách nhà nước hiện hành; ưu tiên nguồn lực cho lĩnh vực, địa phương nguy cơ cao về bất bình đẳng giới.",
    ),
    (
        "II.3.7",
        "Công tác phòng, chống tệ nạn xã hội",
        "Đẩy mạnh công tác tuyên truyền, phổ biến pháp luật, các văn bản hướng dẫn về phòng, chống mại dâm, cai nghiện ma túy, tiếp nhận và hỗ trợ nạn nhân bị mua bán. Tăng cường sự lãnh đạo của các cấp ủy Đảng, sự chỉ đạo của chính quyền các cấp, sự phối hợp giữa các cấp, các ngành và sự tham gia tích cực của các đoàn thể, tổ chức xã hội và cộng đồng trong việc thực hiện công tác cai nghiện ma túy, phòng, chống mại dâm, hỗ trợ nạn nhân bị mua bán.\nThực hiện tốt công tác tiếp nhận, chữa trị, quản lý đối tượng vào cai nghiện tại Cơ sở cai nghiện ma túy tỉnh; đồng thời tiếp tục hướng dẫn, chỉ đạo thực hiện công tác cai nghiện ma túy tại gia đình, cộng đồng và công tác quản lý sau cai nghiện ma túy tại địa phương. Xây dựng và tổ chức triển khai thực hiện tốt công tác phòng, chống mại dâm; lồng ghép công tác phòng chống mại dâm, cai nghiện ma túy, hỗ trợ nạn nhân bị mua bán với các chương trình an sinh xã hội tại địa phương. Thực hiện tốt công tác tiếp nhận và hỗ trợ chế độ đối với nạn nhân bị mua bán theo quy định.",
    ),
]

IMPLEMENTATION: list[str] = [
    "Sở Lao động – Thương binh và Xã hội căn cứ Nghị quyết số 51/2020/NQ-HĐND ngày 16/12/2020 của Hội đồng nhân dân tỉnh Cao Bằng về Kế hoạch phát triển kinh tế - xã hội năm 2021, Kế hoạch hành động của Ủy ban nhân dân tỉnh Cao Bằng thực hiện Nghị quyết số 01/NQ-CP và chức năng, nhiệm vụ được giao cụ thể hoá thành các chỉ tiêu, nhiệm vụ của ngành và tổ chức quán triệt, triển khai thực hiện có hiệu quả các nhiệm vụ đã đề ra.",
    "Thường xuyên kiểm tra, giám sát tiến độ và kết quả thực hiện các mục tiêu, nhiệm vụ; chủ động xử lý theo thẩm quyền hoặc đề xuất với cấp có thẩm quyền giải pháp xử lý kịp thời đối với những vấn đề phát sinh.",
    "Thực hiện nghiêm túc chế độ báo cáo, đánh giá tình hình thực hiện Nghị quyết số 01/NQ-CP theo quy định.",
]

INTRO: list[str] = [
    "Thực hiện Công văn số 3307/UBND-TH ngày 30/12/2020 của Ủy ban nhân dân tỉnh Cao Bằng về việc xây dựng dự thảo Kế hoạch hành động thực hiện Nghị quyết số 01/NQ-CP và Nghị quyết số 02/NQ-CP của Chính phủ.",
    "Căn cứ dự thảo Nghị quyết số 01/NQ-CP ngày 01/01/2021 của Chính phủ về nhiệm vụ, giải pháp chủ yếu thực hiện Kế hoạch phát triển kinh tế - xã hội và Dự toán ngân sách nhà nước năm 2021 (sau đây viết tắt là Nghị quyết số 01/NQ-CP), Nghị quyết số 51/2020/NQ-HĐND ngày 16/12/2020 của Hội đồng nhân dân tỉnh Cao Bằng về Kế hoạch phát triển kinh tế - xã hội năm 2021 và chức năng, nhiệm vụ, quyền hạn được giao, Sở Lao động – Thương binh và Xã hội đề xuất nội dung công tác thuộc lĩnh vực của ngành để xây dựng dự thảo Kế hoạch hành động của Ủy ban nhân dân tỉnh Cao Bằng thực hiện Nghị quyết số 01/NQ-CP như sau:",
]

CLOSING = "Trên đây là đề xuất nội dung xây dựng dự thảo Kế hoạch hành động của Ủy ban nhân dân tỉnh Cao Bằng thực hiện Nghị quyết số 01/NQ-CP, Sở Lao động – Thương binh và Xã hội tỉnh Cao Bằng gửi Sở Kế hoạch và Đầu tư xem xét, tổng hợp./."
